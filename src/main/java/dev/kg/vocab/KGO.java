package dev.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The kg ontology ({@code ontology/kg.ttl}): every term of our own namespace, named exactly like its
 * local name. A test checks that each constant here is declared in the ontology and that the
 * converter emits no other term of this namespace.
 */
public final class KGO {
    public static final String NS = "https://w3id.org/kgnews/ontology#";
    public static final String PREFIX = "kgo";
    /** Concept scheme namespaces (SKOS), one per scheme file under {@code ontology/}. */
    public static final String ROLES_NS = "https://w3id.org/kgnews/roles/";
    public static final String TITLES_NS = "https://w3id.org/kgnews/titles/";
    public static final String KINDS_NS = "https://w3id.org/kgnews/kinds/";

    private KGO() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource NS_RESOURCE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Mention = resource("Mention");
    public static final Resource Event = resource("Event");
    public static final Resource Inspection = resource("Inspection");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource ReportMeeting = resource("ReportMeeting");
    public static final Resource Forum = resource("Forum");
    public static final Resource Visit = resource("Visit");
    public static final Resource Speech = resource("Speech");
    public static final Resource Report = resource("Report");
    public static final Resource OtherEvent = resource("OtherEvent");
    public static final Resource Participation = resource("Participation");
    public static final Resource InspectionTeam = resource("InspectionTeam");
    public static final Resource LeadingGroup = resource("LeadingGroup");
    public static final Resource PartyCommittee = resource("PartyCommittee");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource AdministrativeArea = resource("AdministrativeArea");
    public static final Resource Title = resource("Title");
    public static final Resource ParticipantRole = resource("ParticipantRole");
    public static final Resource EventKind = resource("EventKind");
    /** A reified link (rdf:subject, rdf:predicate, rdf:object) with its score and the rules that made it. */
    public static final Resource LinkEvidence = resource("LinkEvidence");

    // Concept schemes
    public static final Resource RoleScheme = ResourceFactory.createResource(ROLES_NS);
    public static final Resource TitleScheme = ResourceFactory.createResource(TITLES_NS);
    public static final Resource KindScheme = ResourceFactory.createResource(KINDS_NS);

    // Properties
    /** Event → its kind concept (kinds scheme, notation inspection|meeting|visit|speech|report|other). */
    public static final Property eventKind = property("eventKind");
    /** Event → 上午 | 下午 | 晚上, as written (zh-Hans literal). */
    public static final Property partOfDay = property("partOfDay");
    /** Event → one participation (an n-ary person-in-role node). */
    public static final Property participation = property("participation");
    /** Participation → the person. */
    public static final Property agent = property("agent");
    /** Participation → role concept (roles scheme). */
    public static final Property role = property("role");
    /** Membership (position) → the title as written in the article (zh-Hans literal). */
    public static final Property titleAsWritten = property("titleAsWritten");
    /** Mention → the normalized (simplified, gloss-free) form of the span. */
    public static final Property normalizedForm = property("normalizedForm");
    /**
     * Title concept → the organization head a compound title starts with ("市委" for 市委书记): the
     * organization the title names is the text up to and including that head.
     */
    public static final Property orgHead = property("orgHead");
    /** Title concept → true when the title names no organization (市领导, 副市长, 记者). */
    public static final Property standalone = property("standalone");
    /** Place → the article-level place that 我市/我县/本市 refer to. */
    public static final Property homePlace = property("homePlace");

    // Linking (linksets under https://w3id.org/kgnews/linkset/)
    /** LinkEvidence → confidence of the link, an xsd:decimal in [0, 1]. */
    public static final Property score = property("score");
    /** LinkEvidence → the rule of evidence that made the link (a code such as same-organization). */
    public static final Property rule = property("rule");
    /** LinkEvidence → what the linked resources have in common (a corpus organization or place, a title). */
    public static final Property sharedContext = property("sharedContext");
    /** Place → its GB/T 2260 code as Wikidata's P442 writes it ("32 03"). */
    public static final Property divisionCode = property("divisionCode");
    /** Resource → a candidate that reconciliation could not tell from another: recorded, not linked. */
    public static final Property ambiguousMatch = property("ambiguousMatch");
}
