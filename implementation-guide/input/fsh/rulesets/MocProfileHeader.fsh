// Status shared by every profile and extension of this draft guide.
RuleSet: MocProfileHeader
* ^status = #draft
* ^experimental = false
* ^publisher = "SNP MOC open-source project"
