ValueSet: MocArtifactVS
Id: moc-artifact
Title: "MOC Artifact"
Description: "All MOC artifact codes."
* ^status = #draft
* include codes from system $moc-artifact
