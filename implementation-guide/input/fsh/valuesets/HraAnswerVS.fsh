ValueSet: HraAnswerVS
Id: hra-answer
Title: "HRA Answer"
Description: "Local answers of the D-SNP HRA."
* ^status = #draft
* include codes from system $hra-answer
