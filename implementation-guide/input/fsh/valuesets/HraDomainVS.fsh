ValueSet: HraDomainVS
Id: hra-domain
Title: "HRA Domain"
Description: "The five need domains of a SNP health risk assessment."
* ^status = #draft
* include codes from system $hra-domain
