package org.snpmoc.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.contract.IctRole;

/** Draws and writes one beneficiary's whole MOC record, with the outcome expected of every factor. */
final class BeneficiaryGenerator {

	/**
	 * @param first    every resource but the later ICP versions, with the first version of the ICP
	 * @param revisions the later ICP versions, in the order they must be written
	 */
	record Generated(String patientId, Scenario scenario, List<Resource> first, List<CarePlan> revisions, Map<String, String> expected) {
		int resourceCount() {
			return first.size() + revisions.size();
		}
	}

	private final long seed;
	private final LocalDate asOf;
	private final MissRates rates;
	private final HraInstrument tool;
	private final SyntheticStaff staff;

	BeneficiaryGenerator(long seed, LocalDate asOf, MissRates rates, HraInstrument tool, SyntheticStaff staff) {
		this.seed = seed;
		this.asOf = asOf;
		this.rates = rates;
		this.tool = tool;
		this.staff = staff;
	}

	static String patientId(int number) {
		return String.format("syn-%06d", number);
	}

	Generated generate(int number) {
		Draws draws = new Draws(seed, number);
		Scenario scenario = Scenario.draw(rates, draws);
		Resources r = new Resources(patientId(number));
		Timeline timeline = new Timeline(scenario, asOf, staff, draws);
		Beneficiary beneficiary = new Beneficiary(r, number, scenario, timeline.enrolled, draws);
		String coordinator = staff.pick(IctRole.CARE_COORDINATOR, draws);
		HraWriter hras = new HraWriter();
		hras.write(r, scenario, timeline, tool, Resources.ref("PractitionerRole", coordinator), draws);
		TeamWriter team = new TeamWriter(r, coordinator, scenario, timeline, hras, staff, draws);
		PlanWriter plan = new PlanWriter(r, scenario, timeline, hras, team, beneficiary, asOf, draws);
		MemberContacts.write(r, scenario, timeline, beneficiary, Resources.ref("PractitionerRole", coordinator), draws);
		if (scenario.transition()) {
			TransitionWriter.write(r, scenario, timeline, team, beneficiary, staff, draws);
		}
		List<Resource> first = new ArrayList<>(r.all);
		first.add(plan.versions.get(0));
		List<CarePlan> later = List.copyOf(plan.versions.subList(1, plan.versions.size()));
		return new Generated(r.patientId, scenario, first, later, scenario.expected());
	}
}
