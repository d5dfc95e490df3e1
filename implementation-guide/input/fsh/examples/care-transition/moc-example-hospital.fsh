Instance: moc-example-hospital
InstanceOf: Organization
Title: "Bayfront General Hospital"
Description: "The admitting setting of the hospital stay."
Usage: #example
* active = true
* name = "Bayfront General Hospital"
* type = $organization-type#prov "Healthcare Provider"
