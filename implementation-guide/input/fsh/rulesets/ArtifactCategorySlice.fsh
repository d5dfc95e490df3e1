// Slices a repeating CodeableConcept element so one entry identifies the MOC artifact
// while other codes (US Core categories, local codes) stay allowed.
RuleSet: ArtifactCategorySlice(element, sliceName, code)
* {element} ^slicing.discriminator.type = #pattern
* {element} ^slicing.discriminator.path = "$this"
* {element} ^slicing.rules = #open
* {element} ^slicing.description = "Slice on the moc-artifact code that identifies the artifact"
* {element} contains {sliceName} 1..1
* {element}[{sliceName}] = $moc-artifact#{code}
