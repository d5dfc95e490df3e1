CodeSystem: MocCommunicationCategory
Id: moc-communication
Title: "MOC Communication"
Description: "What a Communication is evidence of, in the terms of MOC element 2."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #hra-dissemination "HRA dissemination" "Results of a health risk assessment sent to the interdisciplinary care team."
* #icp-update-notice "ICP update notice" "A new or revised care plan communicated to the beneficiary, caregiver or care team."
* #ict-meeting "ICT meeting" "A meeting or review of the interdisciplinary care team about the beneficiary's care plan or goals."
* #icp-transfer "ICP transfer" "The care plan sent to a setting of care the beneficiary enters or moves to."
* #point-of-contact-notice "Point of contact notice" "The beneficiary or caregiver told who coordinates their care transition."
* #self-management-education "Self-management education" "Education of the beneficiary or caregiver on managing their care after a transition."
* #phi-access "Health information access" "The beneficiary or caregiver given access to their health information after a transition."
* #state-admission-notice "State admission notice" "A State agency (or its designee) told of a high-risk member's admission, as the State's contract asks."
