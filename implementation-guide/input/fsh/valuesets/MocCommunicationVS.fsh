ValueSet: MocCommunicationVS
Id: moc-communication
Title: "MOC Communication"
Description: "What a Communication is evidence of; required on every MOC Communication."
* ^status = #draft
* include codes from system $moc-communication
