Instance: moc-example-snf
InstanceOf: Organization
Title: "Palm Gardens Skilled Nursing and Rehabilitation"
Description: "The next setting after discharge."
Usage: #example
* active = true
* name = "Palm Gardens Skilled Nursing and Rehabilitation"
* type = $organization-type#prov "Healthcare Provider"
