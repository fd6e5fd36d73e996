package id.dinsos.portal.organisation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * An organisation's profile. Members and invitations are aggregates of their own: a profile edit must
 * not rewrite the member list, and a new member must not collide with someone editing the profile.
 */
@Table("organisation")
class Organisation {

    @Id
    private @Nullable Long id;
    private String name;
    private LegalForm legalForm;
    private String aktaNumber;
    private LocalDate aktaDate;
    private @Nullable String skKemenkumhamNumber;
    private String npwp;
    private String address;
    private String headName;
    private final long createdBy;
    private final Instant createdAt;
    @Version
    private @Nullable Integer version;

    Organisation(@Nullable Long id, String name, LegalForm legalForm, String aktaNumber, LocalDate aktaDate,
                 @Nullable String skKemenkumhamNumber, String npwp, String address, String headName, long createdBy,
                 Instant createdAt, @Nullable Integer version) {
        this.id = id;
        this.name = name;
        this.legalForm = legalForm;
        this.aktaNumber = aktaNumber;
        this.aktaDate = aktaDate;
        this.skKemenkumhamNumber = skKemenkumhamNumber;
        this.npwp = npwp;
        this.address = address;
        this.headName = headName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** @param profile a profile the service has checked and cleaned (NPWP as digits) */
    static Organisation create(OrganisationProfile profile, long createdBy, Instant now) {
        requireComplete(profile);
        return new Organisation(null, profile.name(), profile.legalForm(), profile.aktaNumber(), profile.aktaDate(),
                profile.skKemenkumhamNumber(), profile.npwp(), profile.address(), profile.headName(), createdBy, now,
                null);
    }

    /** @param profile a profile the service has checked and cleaned (NPWP as digits) */
    void change(OrganisationProfile profile) {
        requireComplete(profile);
        this.name = profile.name();
        this.legalForm = profile.legalForm();
        this.aktaNumber = profile.aktaNumber();
        this.aktaDate = profile.aktaDate();
        this.skKemenkumhamNumber = profile.skKemenkumhamNumber();
        this.npwp = profile.npwp();
        this.address = profile.address();
        this.headName = profile.headName();
    }

    /** The invariants; the service has told the person about each already, field by field. */
    private static void requireComplete(OrganisationProfile profile) {
        Assert.hasText(profile.name(), "name is required");
        Assert.notNull(profile.legalForm(), "legal form is required");
        Assert.hasText(profile.aktaNumber(), "akta number is required");
        Assert.notNull(profile.aktaDate(), "akta date is required");
        Assert.hasText(profile.npwp(), "NPWP is required");
        Assert.hasText(profile.address(), "address is required");
        Assert.hasText(profile.headName(), "head is required");
        Assert.isTrue(!profile.legalForm().needsSkKemenkumham() || profile.skKemenkumhamNumber() != null,
                "SK Kemenkumham number is required for this legal form");
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(name, legalForm, aktaNumber, aktaDate, skKemenkumhamNumber, npwp, address,
                headName);
    }

    @Nullable Long id() {
        return id;
    }

    String name() {
        return name;
    }

    LegalForm legalForm() {
        return legalForm;
    }

    Instant createdAt() {
        return createdAt;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
