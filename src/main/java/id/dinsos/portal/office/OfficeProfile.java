package id.dinsos.portal.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.Texts;

/**
 * The profile of the office that runs this portal, as its {@code office.yml} states it.
 *
 * @param government the government above the office, as on the letterhead ({@code PEMERINTAH KABUPATEN BEKASI})
 * @param name       the office's name on the letterhead ({@code DINAS SOSIAL})
 * @param city       the place written on letters and decrees ({@code Cikarang Pusat})
 * @param logo       the emblem for web pages, under {@code frontend/images/} (an SVG is fine there)
 * @param emblem     optional: a PNG or JPEG file of the emblem, relative to the office's folder, drawn at the
 *                   left of the letterhead of letters and receipts (PDF cannot take the SVG); none: text only
 */
public record OfficeProfile(
        String code,
        LocalizedText government,
        LocalizedText name,
        LocalizedText fullName,
        List<String> address,
        String city,
        List<String> phone,
        @Nullable String fax,
        String email,
        String website,
        String logo,
        @Nullable String emblem,
        Hours hours,
        Head head,
        Decree standardDecree,
        List<Unit> units,
        List<LocalizedText> complaintChannels,
        Maklumat maklumat) {

    public OfficeProfile {
        Texts.requireCode(code, "office code");
        Assert.notNull(government, "government is required");
        Assert.notNull(name, "name is required");
        Assert.notNull(fullName, "fullName is required");
        address = Texts.required(address, "address");
        Assert.hasText(city, "city is required");
        phone = Texts.optional(phone);
        Assert.hasText(email, "email is required");
        Assert.hasText(website, "website is required");
        Assert.hasText(logo, "logo is required");
        Assert.isTrue(emblem == null || emblem.matches("[A-Za-z0-9._/-]+\\.(png|jpe?g|PNG|JPE?G)") && !emblem.contains(".."),
                "emblem must be the name of a .png or .jpg file in the office's folder");
        Assert.notNull(hours, "hours are required");
        Assert.notNull(head, "head is required");
        Assert.notNull(standardDecree, "standardDecree is required");
        units = Texts.required(units, "units");
        complaintChannels = Texts.optional(complaintChannels);
        Assert.notNull(maklumat, "maklumat is required");
        Assert.isTrue(units.stream().map(Unit::code).distinct().count() == units.size(), "unit codes must be unique");
    }

    public Optional<Unit> unit(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }

    public boolean hasTeam(String unitCode, String teamCode) {
        return unit(unitCode).map(u -> u.teams().stream().anyMatch(t -> t.code().equals(teamCode))).orElse(false);
    }

    /** Office hours; every time the office shows or counts is in {@link #zone()}. */
    public record Hours(LocalTime open, LocalTime close, List<DayOfWeek> days, ZoneId zone) {
        public Hours {
            Assert.isTrue(open.isBefore(close), "hours.open must be before hours.close");
            days = Texts.required(days, "hours.days");
            Assert.notNull(zone, "hours.zone is required");
        }
    }

    public record Head(String name, String rank, String nip, LocalizedText title) {
        public Head {
            Assert.hasText(name, "head.name is required");
            Assert.hasText(nip, "head.nip is required");
            Assert.isTrue(nip.matches("\\d{18}"), "head.nip must be the 18 digits of a NIP");
        }
    }

    public record Decree(String number, LocalDate date) {
        public Decree {
            Assert.hasText(number, "standardDecree.number is required");
            Assert.notNull(date, "standardDecree.date is required");
        }
    }

    public enum UnitKind { SECRETARIAT, DIVISION, UPTD }

    public record Unit(String code, UnitKind kind, LocalizedText name, List<Team> teams) {
        public Unit {
            Texts.requireCode(code, "unit code");
            Assert.notNull(kind, "unit " + code + ": kind is required");
            Assert.notNull(name, "unit " + code + ": name is required");
            teams = Texts.optional(teams);
        }
    }

    public record Team(String code, LocalizedText name) {
        public Team {
            Texts.requireCode(code, "team code");
            Assert.notNull(name, "team " + code + ": name is required");
        }
    }

    public record Maklumat(List<LocalizedText> text, String place, LocalDate date) {
        public Maklumat {
            text = Texts.required(text, "maklumat.text");
            Assert.hasText(place, "maklumat.place is required");
            Assert.notNull(date, "maklumat.date is required");
        }
    }
}
