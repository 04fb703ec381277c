package io.copydeck.dsl.model;

import java.time.LocalDate;
import java.util.List;

public record Promo(String id, String code, Discount discount, List<Ref> applies, LocalDate ends,
                    String conditions, Where where) {}
