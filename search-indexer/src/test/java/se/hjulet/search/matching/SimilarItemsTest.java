package se.hjulet.search.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** Similar items, look-alikes and partners on a handful of items of their own. */
@ExtendWith(ElasticsearchNodeExtension.class)
class SimilarItemsTest {

    private static final String ALIAS = "similar-items-test";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static ElasticsearchConnection connection;
    private static SimilarItems similar;
    private static Partners partners;

    private static final IndexEntry PLOW_MAP = item(IndexEntry.LEARNING_EXAMPLE, 1, "2584", "Kiruna", "25", 22_000,
            "Plogbilarna syns på kartan", "Kiruna visar var plogbilarna kör under snöröjningen, så att invånarna ser när gatan plogas.",
            "Plogbilar och sandbilar fick GPS-sändare. Kartan visar snöröjningens ordning för huvudvägar och villagator.",
            List.of("Samhällsbyggnad"), List.of("snöröjning", "gps"), List.of());
    private static final IndexEntry PLOW_NEED = need(2, "2523", "Gällivare", "25", 17_000,
            "Entreprenad för snöröjning och sandning", "Gällivare upphandlar plogning och sandning av kommunala vägar och gator.",
            "Snöröjning av gator, halkbekämpning med sand och rapportering av plogbilarnas insatser med GPS.",
            List.of("90620000", "90630000"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), true);
    private static final IndexEntry NEIGHBOUR_NEED = need(3, "2521", "Pajala", "25", 6_000,
            "Plogning och sandning av byvägar", "Pajala upphandlar snöröjning och sandning av byvägar och vill göra det tillsammans med grannar.",
            "Plogning av byvägar vid snöfall, sandning vid halka, rapportering med GPS och karta.",
            List.of("90620000"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 8, 31), true);
    private static final IndexEntry LIBRARY = item(IndexEntry.LEARNING_EXAMPLE, 4, "2480", "Umeå", "24", 134_000,
            "Meröppet bibliotek på kvällarna", "Lånekortet öppnar bibliotekets dörr när personalen har gått hem.",
            "Biblioteksfilialerna fick kortläsare och kameror; låntagarna lånar själva i automaten.",
            List.of("Kultur och fritid"), List.of("bibliotek"), List.of());
    private static final IndexEntry DRAFT_PLOW = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 5)
            .title("Plogbilarnas GPS visas på en karta").lead("Snöröjningen syns för invånarna på kartan när plogbilarna kör.")
            .body("Plogbilar med GPS, karta över snöröjningen och villagator.").organisation("2584", "Kiruna")
            .visibility("private").build();
    private static final IndexEntry OWN_PROJECT = item(IndexEntry.PROJECT, 6, "2523", "Gällivare", "25", 17_000,
            "Plogbilarnas rutter optimeras", "Gällivare planerar plogbilarnas rutter för snöröjningen med GPS-data.",
            "Rutterna för snöröjning och sandning läggs om efter plogbilarnas GPS-spår.", List.of("Samhällsbyggnad"),
            List.of("snöröjning"), List.of());

    @BeforeAll
    static void index() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        SearchIndex index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        assertFalse(index.bulk(List.of(PLOW_MAP, PLOW_NEED, NEIGHBOUR_NEED, LIBRARY, DRAFT_PLOW, OWN_PROJECT), List.of()).hasFailures());
        index.refresh();
        similar = new SimilarItems(connection, ALIAS);
        partners = new Partners(connection, ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void similarItemsOfEveryKindBestFirstNeverTheItemItselfNorADraft() {
        List<SimilarItem> found = similar.similarTo(PLOW_NEED, true, 10, null);
        List<String> ids = found.stream().map(SimilarItem::id).toList();
        assertTrue(List.of(PLOW_MAP.id(), NEIGHBOUR_NEED.id()).contains(ids.get(0)), ids.toString());
        assertTrue(ids.containsAll(List.of(PLOW_MAP.id(), NEIGHBOUR_NEED.id(), OWN_PROJECT.id())), ids.toString());
        assertFalse(ids.contains(PLOW_NEED.id()), "never the item itself: " + ids);
        assertFalse(ids.contains(DRAFT_PLOW.id()), "never a draft: " + ids);
        assertFalse(ids.contains(LIBRARY.id()), "nothing in common: " + ids);
    }

    @Test
    void reasonsNameTheSharedWordsAsTheSourceWritesThemAndTheCpvBranch() {
        SimilarItem neighbour = similar.similarTo(PLOW_NEED, true, 10, IndexEntry.PROCUREMENT_NEED).get(0);
        assertEquals(NEIGHBOUR_NEED.id(), neighbour.id());
        Reason words = neighbour.reasons().stream().filter(r -> r.kind() == Reason.Kind.TERMS).findFirst().orElseThrow();
        assertTrue(words.values().contains("snöröjning") || words.values().contains("sandning"), words.toString());
        Reason cpv = neighbour.reasons().stream().filter(r -> r.kind() == Reason.Kind.CPV).findFirst().orElseThrow();
        assertEquals("code", cpv.level());
        assertEquals(List.of("90620000"), cpv.values());
        assertNotNull(neighbour.reasons().stream().filter(r -> r.kind() == Reason.Kind.WINDOW).findFirst().orElse(null),
                "the procurement windows overlap");
        assertEquals("Samma CPV-kod: 90620000 Snöröjning", new ReasonWords("sv", code -> "Snöröjning").of(cpv));
        assertEquals("Same county: Norrbottens län", new ReasonWords("en", null).of(new Reason(Reason.Kind.COUNTY, List.of("25"), 1)));
    }

    @Test
    void theKindFilterKeepsOneKind() {
        assertEquals(List.of(PLOW_MAP.id()), similar.similarTo(PLOW_NEED, true, 10, IndexEntry.LEARNING_EXAMPLE).stream()
                .map(SimilarItem::id).toList());
        assertThrows(IllegalArgumentException.class, () -> similar.similarTo(PLOW_NEED, true, 10, "document"));
    }

    @Test
    void sizeOutsideOneToTwentyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> similar.similarTo(PLOW_NEED, true, 0, null));
        assertThrows(IllegalArgumentException.class, () -> similar.similarTo(PLOW_NEED, true, 21, null));
        assertThrows(IllegalArgumentException.class, () -> partners.forNeed(PLOW_NEED, true, 21, TODAY));
    }

    @Test
    void aDraftThatTellsTheSameStoryIsWarnedAboutAndOtherTextIsNot() {
        IndexEntry draft = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0)
                .title("Karta med plogbilarnas position").lead("Invånarna ser på kartan var plogbilarna kör under snöröjningen.")
                .body("Plogbilar och sandbilar har GPS. Kartan visar ordningen för huvudvägar och villagator.").visibility("draft").build();
        assertEquals(List.of(PLOW_MAP.id()), similar.lookAlikes(draft, null).stream().map(SimilarItem::id).toList());
        assertEquals(List.of(), similar.lookAlikes(draft, PLOW_MAP.id()), "the item being edited is no look-alike of itself");

        IndexEntry other = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0).title("Simskola för vuxna")
                .lead("Vuxna som inte kan simma får lära sig i badhuset.").visibility("draft").build();
        assertEquals(List.of(), similar.lookAlikes(other, null));
    }

    @Test
    void partnersAreOtherOrganisationsWithTheItemsThatMakeThemOne() {
        List<Partner> found = partners.forNeed(PLOW_NEED, true, 10, TODAY);
        List<String> codes = found.stream().map(Partner::organisationCode).toList();
        assertEquals(List.of("2521", "2584"), codes, "the open need to buy the same first; never the owner itself");
        Partner pajala = found.get(0);
        assertEquals(List.of(NEIGHBOUR_NEED.id()), pajala.items().stream().map(SimilarItem::id).toList());
        List<Reason.Kind> kinds = pajala.reasons().stream().map(Reason::kind).toList();
        assertTrue(kinds.containsAll(List.of(Reason.Kind.OPEN_NEEDS, Reason.Kind.COUNTY)), kinds.toString());
        Partner kiruna = found.get(1);
        assertTrue(kiruna.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.EXPERIENCE), kiruna.reasons().toString());
        assertTrue(kiruna.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.SIMILAR_SIZE
                && r.values().equals(List.of("17000", "22000"))), kiruna.reasons().toString());
    }

    @Test
    void openNeedsAnOrganisationCouldJoin() {
        IndexEntry kiruna = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0).title(PLOW_MAP.title())
                .lead(PLOW_MAP.lead()).body(PLOW_MAP.body()).tags(PLOW_MAP.tags()).organisation("2584", "Kiruna")
                .countyCode("25").visibility("profile").build();
        List<String> needs = similar.openNeedsFor(kiruna, 10, TODAY).stream().map(SimilarItem::id).toList();
        assertTrue(needs.containsAll(List.of(PLOW_NEED.id(), NEIGHBOUR_NEED.id())), needs.toString());
        IndexEntry gallivare = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0).title(PLOW_MAP.title())
                .lead(PLOW_MAP.lead()).body(PLOW_MAP.body()).tags(PLOW_MAP.tags()).organisation("2523", "Gällivare")
                .countyCode("25").visibility("profile").build();
        assertEquals(List.of(NEIGHBOUR_NEED.id()), similar.openNeedsFor(gallivare, 10, TODAY).stream().map(SimilarItem::id).toList(),
                "never the organisation's own need");
    }

    @Test
    void cpvBranchesFollowTheDigitsOfTheVocabulary() {
        assertEquals(8, Cpv.sharedDigits("90620000", "90620000"));
        assertEquals(4, Cpv.sharedDigits("48219300", "48210000"));
        assertEquals(3, Cpv.sharedDigits("48100000", "48110000"), "48100000 is a group: no class of its own");
        assertEquals(2, Cpv.sharedDigits("48000000", "48160000"), "48000000 is a division: '480' is no group");
        assertEquals(0, Cpv.sharedDigits("48000000", "72000000"));
    }

    private static IndexEntry item(String kind, long id, String owner, String ownerName, String county, Integer population,
            String title, String lead, String body, List<String> areas, List<String> tags, List<String> cpv) {
        return IndexEntry.builder(kind, id).title(title).lead(lead).body(body).organisation(owner, ownerName)
                .organisationNames(List.of(ownerName)).countyCode(county).policyAreas(areas).tags(tags)
                .visibility(IndexEntry.PUBLIC).url("/x/" + id)
                .facets(new IndexEntry.Facets("municipality", null, List.of(2026), cpv, null, null,
                        kind.equals(IndexEntry.PROCUREMENT_NEED) ? "open_for_partners" : null))
                .matching(new IndexEntry.Matching(List.of(), population, null, null, false, null))
                .build();
    }

    private static IndexEntry need(long id, String owner, String ownerName, String county, Integer population, String title,
            String lead, String body, List<String> cpv, LocalDate from, LocalDate to, boolean open) {
        return IndexEntry.builder(IndexEntry.PROCUREMENT_NEED, id).title(title).lead(lead).body(body)
                .organisation(owner, ownerName).organisationNames(List.of(ownerName)).countyCode(county)
                .policyAreas(List.of("Samhällsbyggnad", "Upphandling")).tags(List.of("snöröjning"))
                .visibility(IndexEntry.PUBLIC).url("/x/" + id)
                .facets(new IndexEntry.Facets("municipality", null, List.of(2026), cpv, null, null, "open_for_partners"))
                .matching(new IndexEntry.Matching(List.of(), population, from, to, open, null))
                .build();
    }
}
