Instance: moc-example-snf-location
InstanceOf: Location
Title: "Palm Gardens rehabilitation unit"
Description: "Location the beneficiary was discharged to; the ICP goes to its managing organization."
Usage: #example
* status = #active
* name = "Palm Gardens rehabilitation unit"
* physicalType = $location-physical-type#bu "Building"
* managingOrganization = Reference(Organization/moc-example-snf)
