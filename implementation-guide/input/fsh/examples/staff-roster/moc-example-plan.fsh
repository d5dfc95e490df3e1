Instance: moc-example-plan
InstanceOf: Organization
Title: "Sunrise Dual Health Plan"
Description: "The D-SNP: the top of the plan's organization chart and issuer of MOC training."
Usage: #example
* active = true
* name = "Sunrise Dual Health Plan"
* type = $organization-type#pay "Payer"
