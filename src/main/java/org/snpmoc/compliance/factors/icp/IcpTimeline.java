package org.snpmoc.compliance.factors.icp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.PatientRecord;

/**
 * The beneficiary's ICPs as known at asOf: every dated version, the revisions (distinct revision dates), the
 * latest version of each ICP and the current ICP. A version without any revision date cannot be placed in time
 * and is left out; so is every version of an ICP whose latest known version was entered in error.
 */
public final class IcpTimeline {

	/** One ICP version with its revision date. */
	public record Version(CarePlan plan, LocalDate revised) {
		public String planKey() {
			return PatientRecord.key(plan);
		}

		public String versionKey() {
			return PatientRecord.versionKey(plan);
		}

		long versionNumber() {
			var id = plan.getIdElement();
			return id.hasVersionIdPart() && id.isVersionIdPartValidLong() ? id.getVersionIdPartAsLong() : 0L;
		}
	}

	/** One revision of one ICP: the first version carrying that revision date. */
	public record Revision(String planKey, LocalDate date, String versionKey) {}

	private static final Comparator<Version> CHRONOLOGICAL =
			Comparator.comparing(Version::revised).thenComparingLong(Version::versionNumber);

	private final List<Version> versions;
	private final List<Version> latestPerIcp;

	public IcpTimeline(CareRecord care) {
		Map<String, List<Version>> byIcp = care.icpVersions().stream()
				.map(v -> new Version(v, care.revisionDate(v)))
				.filter(v -> care.context().known(v.revised()))
				.sorted(CHRONOLOGICAL)
				.collect(Collectors.groupingBy(Version::planKey, LinkedHashMap::new, Collectors.toList()));
		byIcp.values().removeIf(history -> last(history).plan().getStatus() == CarePlanStatus.ENTEREDINERROR);
		this.versions = byIcp.values().stream().flatMap(List::stream).sorted(CHRONOLOGICAL).toList();
		this.latestPerIcp = byIcp.values().stream().map(IcpTimeline::last).sorted(CHRONOLOGICAL).toList();
	}

	private static Version last(List<Version> history) {
		return history.get(history.size() - 1);
	}

	/** Every dated ICP version known at asOf, oldest first. */
	public List<Version> versions() {
		return versions;
	}

	public boolean isEmpty() {
		return versions.isEmpty();
	}

	/** The latest version of each ICP that is active at asOf, the one revised last at the end. */
	public List<Version> active() {
		return latestPerIcp.stream().filter(v -> v.plan().getStatus() == CarePlanStatus.ACTIVE).toList();
	}

	/** The current ICP: the latest version of the active ICP revised last. */
	public Optional<Version> current() {
		List<Version> active = active();
		return active.isEmpty() ? Optional.empty() : Optional.of(last(active));
	}

	/** The revisions of each ICP (its first version included): one per distinct revision date, oldest first. */
	public List<Revision> revisions() {
		Map<String, Revision> firstPerIcpAndDate = new LinkedHashMap<>();
		for (Version v : versions) {
			firstPerIcpAndDate.putIfAbsent(v.planKey() + "@" + v.revised(), new Revision(v.planKey(), v.revised(), v.versionKey()));
		}
		return new ArrayList<>(firstPerIcpAndDate.values());
	}

	/** Distinct revision dates over all ICPs, each with the versions revised that day. */
	public TreeMap<LocalDate, List<String>> revisionDates() {
		return versions.stream().collect(Collectors.groupingBy(Version::revised, TreeMap::new,
				Collectors.mapping(Version::versionKey, Collectors.toList())));
	}

	/** The first revision dated from {@code opens} to {@code deadline}, with the versions revised that day. */
	public Optional<Map.Entry<LocalDate, List<String>>> firstRevisionBetween(LocalDate opens, LocalDate deadline) {
		var entry = revisionDates().ceilingEntry(opens);
		return entry == null || entry.getKey().isAfter(deadline) ? Optional.empty() : Optional.of(entry);
	}
}
