ValueSet: MocFactorVS
Id: moc-factor
Title: "MOC Element 2 Elements and Factors"
Description: "All elements and factors of MOC element 2."
* ^status = #draft
* include codes from system $moc-factor
