package io.copydeck.dsl.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotsTest {
    private static final Brief AUTUMN = SlotBriefs.of(SlotBriefs.AUTUMN);

    @Test
    void everySlotReadsItsFactFromTheBrief() {
        Slots s = Slots.of(AUTUMN);
        assertEquals(Optional.of("Northwind Tea"), s.value("brand"));
        assertEquals(Optional.of("Chai Blend"), s.value("product"));
        assertEquals(Optional.of("loose-leaf tea"), s.value("category"));
        assertEquals(Optional.of("A clear head without the coffee jitters."), s.value("benefit"),
                "the offering's first benefit comes before the positioning's");
        assertEquals(Optional.of("A clear head without the coffee jitters."), s.value("benefit.0"));
        assertEquals(Optional.of("Whole spices"), s.value("feature.0"));
        assertEquals(Optional.of("UV-safe tin."), s.value("feature.1"));
        assertEquals(Optional.of("afternoon slump"), s.value("pain.1"));
        assertEquals(Optional.of("Northwind quality at the desk"), s.value("motivation.0"));
        assertEquals(Optional.of("a proper cup at the desk"), s.value("need"));
        assertEquals(Optional.of("STOP-tested in Bristol"), s.value("proof"));
        assertEquals(Optional.of("supermarket tea bags"), s.value("unlike"));
        assertEquals(Optional.of("£9.00"), s.value("price"));
        assertEquals(Optional.of(AUTUMN.offerLine()), s.value("offer"));
        assertEquals(Optional.of("AUTUMN15"), s.value("code"));
        assertEquals(Optional.of("15%"), s.value("discount"));
        assertEquals(Optional.of("£7.65"), s.value("sale_price"));
        assertEquals(Optional.of("£1.35"), s.value("savings"));
        assertEquals(Optional.of("31 October 2027"), s.value("ends"));
        assertEquals(Optional.of("Restart my Tea Club"), s.value("cta"));
    }

    @Test
    void namesListEverySlotTheBriefFillsInTheTablesOrder() {
        assertEquals(List.of("brand", "product", "category", "benefit", "benefit.0", "feature.0", "feature.1", "pain.0",
                "pain.1", "motivation.0", "need", "proof", "unlike", "price", "offer", "code", "discount", "sale_price",
                "savings", "ends", "cta"), Slots.names(AUTUMN));
        for (String name : Slots.names(AUTUMN)) assertTrue(Slots.of(AUTUMN).value(name).isPresent(), name);
    }

    @Test
    void aBundleHasItsItemsAsFeaturesAndItsOwnSaving() {
        Brief duo = SlotBriefs.of(SlotBriefs.DESK_DUO);
        Slots s = Slots.of(duo);
        assertEquals(Optional.of("1 × Morning Sencha and 2 × Harbour Chai"), s.value("items"));
        assertEquals(Optional.of("2 × Harbour Chai"), s.value("feature.1"));
        assertEquals(Optional.of("£5.50"), s.value("savings"));
        assertEquals(Optional.of("£25.00"), s.value("price"));
        assertEquals(List.of("brand", "product", "feature.0", "feature.1", "items", "price", "offer", "savings"),
                Slots.names(duo));
        assertEquals(Optional.empty(), s.value("code"), "no promo");
        assertEquals(Optional.empty(), s.value("pain.0"), "no pains");
        assertEquals(Optional.empty(), s.value("benefit"), "no benefit, no positioning");
    }

    @Test
    void aListSlotWithoutItsIndexIsTheFirstFact() {
        Slots s = Slots.of(AUTUMN);
        assertEquals(s.value("pain.0"), s.value("pain"));
        assertEquals(s.value("feature.0"), s.value("feature"));
        assertEquals(s.value("motivation.0"), s.value("motivation"));
        assertTrue(Slots.known("pain") && Slots.known("pain.7") && Slots.known("benefit.2"));
        assertEquals(Optional.empty(), s.value("pain.7"));
    }

    @Test
    void namesThatAreNoSlotAreUnknown() {
        for (String name : List.of("colour", "brand.0", "Product", "sale-price", "pain.", "", "offer.1")) {
            assertFalse(Slots.known(name), name);
            assertEquals(Optional.empty(), Slots.of(AUTUMN).value(name), name);
        }
        assertEquals(Optional.of(Slots.Form.SENTENCE), Slots.form("offer"));
        assertEquals(Optional.of(Slots.Form.NAME), Slots.form("items"));
        assertEquals(Optional.of(Slots.Form.PROSE), Slots.form("pain.3"));
    }
}
