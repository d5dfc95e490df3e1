ValueSet: HraMethodVS
Id: hra-method
Title: "HRA Method"
Description: "How a health risk assessment was completed."
* ^status = #draft
* include codes from system $hra-method
