CodeSystem: HraMethod
Id: hra-method
Title: "HRA Method"
Description: "How a health risk assessment was completed."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #mail "Mail" "Completed on paper and returned by mail."
* #phone "Phone" "Completed in a telephone interview."
* #in-person "In person" "Completed face to face, at home or in a care setting."
* #portal "Portal" "Completed by the beneficiary or caregiver in an online portal."
