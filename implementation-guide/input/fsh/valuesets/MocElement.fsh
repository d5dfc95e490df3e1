ValueSet: MocElement
Id: moc-element
Title: "MOC Element"
Description: "The five elements (2A to 2E) of MOC element 2, without their factors."
* ^status = #draft
* $moc-factor#2A
* $moc-factor#2B
* $moc-factor#2C
* $moc-factor#2D
* $moc-factor#2E
