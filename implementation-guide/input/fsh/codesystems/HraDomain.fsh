CodeSystem: HraDomain
Id: hra-domain
Title: "HRA Domain"
Description: "The need domains a SNP health risk assessment covers; each is a top-level group of an HRA tool and a possible flagged need."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #medical "Medical" "Chronic conditions, use of emergency and hospital care, medicines and self-rated health."
* #functional "Functional" "Activities of daily living, instrumental activities, falls and help at home."
* #cognitive "Cognitive" "Memory, concentration and decision making."
* #psychosocial "Psychosocial" "Housing, food, transportation, utilities, safety and social isolation."
* #mental-health "Mental health" "Depression and other behavioral health needs."
