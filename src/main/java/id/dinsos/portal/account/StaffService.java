package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;

/**
 * Staff accounts, managed by administrators only: creating one (the person then sets a password from
 * a mailed link), their unit and roles, deactivation, and deputising (pelaksana harian) for an absent
 * head. Every change is written to the audit trail in the same transaction. Administrators manage
 * accounts; this gives them no access to any case or document.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffService {

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);
    /** Long enough for a new colleague who reads the mail the next working day, after a weekend too. */
    static final Duration WELCOME_VALIDITY = Duration.ofHours(72);
    static final String ACCOUNT_SUBJECT = "ACCOUNT";
    static final String DEPUTY_SUBJECT = "DEPUTY";
    private static final int DEPUTISINGS_SHOWN = 50;

    private final Accounts accounts;
    private final StaffMembers staff;
    private final DeputyAssignments deputies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordLinks links;
    private final MailOutbox outbox;
    private final OfficeService office;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Regions regions;

    StaffService(Accounts accounts, StaffMembers staff, DeputyAssignments deputies, PasswordEncoder passwordEncoder,
                 PasswordLinks links, MailOutbox outbox, OfficeService office, AuditLog audit, CurrentUser currentUser,
                 Clock clock, Regions regions) {
        this.regions = regions;
        this.accounts = accounts;
        this.staff = staff;
        this.deputies = deputies;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.outbox = outbox;
        this.office = office;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a staff account and queues the mail with the link to set a first password (valid 72
     * hours). Until then nobody can sign in to it: its password is a random secret nobody knows.
     *
     * @return the new account's id
     * @throws FormRejectedException with every problem found, field by field
     */
    @Transactional
    public long create(StaffForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = cleanName(form.fullName());
        if (name.length() < 2 || name.length() > 200) {
            problems.add(new FieldProblem("fullName", "validation.name.required"));
        }
        String email = RegistrationService.normaliseEmail(form.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            problems.add(new FieldProblem("email", "validation.email.format"));
        } else if (accounts.existsByEmail(email)) {
            problems.add(new FieldProblem("email", "validation.email.taken"));
        }
        @Nullable String nip = form.nip() == null ? null : form.nip().replaceAll("[\\s.]", "");
        if (nip != null && nip.isEmpty()) {
            nip = null;
        }
        if (nip != null && !nip.matches("\\d{18}")) {
            problems.add(new FieldProblem("nip", "validation.nip.format"));
        } else if (nip != null && staff.existsByNip(nip)) {
            problems.add(new FieldProblem("nip", "validation.nip.taken"));
        }
        checkAssignment(form.unitCode(), form.roles(), problems);
        @Nullable String district = checkDistrict(form.roles(), form.districtCode(), problems);
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }

        Instant now = clock.instant();
        Account account;
        try {
            Account created = Account.staff(name, email, nip, form.unitCode(), form.roles(),
                    passwordEncoder.encode(SingleUseTokens.newToken()), now);
            created.serveDistrict(district);
            account = accounts.save(created);
        } catch (DataIntegrityViolationException e) {
            // Two administrators creating the same person at once: the unique keys decide.
            throw new FormRejectedException(List.of(new FieldProblem("email", "validation.account.taken")));
        }
        // Staff mail is in Indonesian, the office's working language.
        outbox.enqueue(email, MailTemplates.STAFF_WELCOME, Languages.INDONESIAN, Map.of(
                "name", name,
                "link", links.issue(account.id(), WELCOME_VALIDITY),
                "expiresInHours", WELCOME_VALIDITY.toHours()));
        audit.record("STAFF_CREATED", ACCOUNT_SUBJECT, account.id(), assignment(form.unitCode(), form.roles()));
        log.info("Created staff account {}", account.id());
        return account.id();
    }

    /**
     * Moves a staff member to a unit and gives them these roles (replacing the old ones).
     *
     * @throws RecordNotFoundException for an id that is not a staff account
     * @throws FormRejectedException   for an unknown unit, no roles, or taking the administrator role
     *                                 from oneself or from the last administrator
     */
    @Transactional
    public void changeAssignment(long staffId, String unitCode, Set<StaffRole> roles) {
        changeAssignment(staffId, unitCode, roles, null);
    }

    /**
     * As {@link #changeAssignment(long, String, Set)}, with the kecamatan a social worker serves.
     *
     * @param districtCode required when {@code roles} has {@link StaffRole#SOCIAL_WORKER}
     */
    @Transactional
    public void changeAssignment(long staffId, String unitCode, Set<StaffRole> roles, @Nullable String districtCode) {
        Account account = staffAccount(staffId);
        List<FieldProblem> problems = new ArrayList<>();
        checkAssignment(unitCode, roles, problems);
        @Nullable String district = checkDistrict(roles, districtCode, problems);
        boolean losesAdmin = account.roles().contains(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN);
        if (losesAdmin) {
            checkNotSelfOrLastAdmin(staffId, account, "roles", problems);
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        String before = assignment(account.unitCode(), account.roles()) + districtNote(account.districtCode());
        account.assign(unitCode, roles);
        account.serveDistrict(district);
        accounts.save(account);
        String after = assignment(unitCode, roles) + districtNote(district);
        if (!before.equals(after)) {
            audit.record("STAFF_ROLES_CHANGED", ACCOUNT_SUBJECT, staffId, "from " + before + " to " + after);
        }
    }

    /**
     * Deactivates a staff account: sign-in stops at once for new sessions, and the person's open
     * deputisings end. The account stays, so that what the person did stays explainable.
     *
     * @throws FormRejectedException for one's own account or the last administrator
     */
    @Transactional
    public void deactivate(long staffId) {
        Account account = staffAccount(staffId);
        if (account.status() == Account.Status.CLOSED) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (account.roles().contains(StaffRole.ADMIN) || staffId == currentUser.require().accountId()) {
            checkNotSelfOrLastAdmin(staffId, account, "status", problems);
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        Instant now = clock.instant();
        account.close(now);
        accounts.save(account);
        long admin = currentUser.require().accountId();
        for (DeputyAssignment open : deputies.findOpenForDeputy(staffId, today())) {
            open.end(admin, now);
            deputies.save(open);
            audit.record("DEPUTY_ENDED", DEPUTY_SUBJECT, open.id(), "deputy deactivated");
        }
        audit.record("STAFF_DEACTIVATED", ACCOUNT_SUBJECT, staffId, null);
    }

    /**
     * One staff member.
     *
     * @throws RecordNotFoundException for an id that is not a staff account
     */
    @Transactional(readOnly = true)
    public StaffMember get(long staffId) {
        return member(staffAccount(staffId));
    }

    /** A page of staff (active and deactivated), optionally of one unit only, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> list(@Nullable String unitCode, long offset, int limit) {
        return staff.findPage(blankToNull(unitCode), offset, limit).stream().map(StaffService::member).toList();
    }

    /** How many staff {@link #list} pages through. */
    @Transactional(readOnly = true)
    public long count(@Nullable String unitCode) {
        return staff.countStaff(blankToNull(unitCode));
    }

    /** Active staff whose name or e-mail contains the text, e.g. to choose a deputy. */
    @Transactional(readOnly = true)
    public List<StaffMember> searchActive(String text, long offset, int limit) {
        return staff.findActiveMatching(likePattern(text), offset, limit).stream().map(StaffService::member).toList();
    }

    /** How many staff {@link #searchActive} pages through. */
    @Transactional(readOnly = true)
    public long countActive(String text) {
        return staff.countActiveMatching(likePattern(text));
    }

    /** The number of active staff in each unit (by unit code); a unit without staff is absent. */
    @Transactional(readOnly = true)
    public Map<String, Long> activeStaffByUnit() {
        return staff.countActiveByUnit().stream()
                .collect(Collectors.toMap(StaffMembers.UnitCount::unitCode, StaffMembers.UnitCount::staff));
    }

    /**
     * The names of these staff accounts, e.g. for the audit trail; ids of other accounts (citizens)
     * are left out, since administrators do not read citizens' data.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> staffNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(new HashSet<>(accountIds)).stream().filter(a -> a.kind() == AccountKind.STAFF)
                .forEach(a -> names.put(a.id(), a.fullName()));
        return names;
    }

    /**
     * Records that someone stands in for an absent head: from {@code startsOn} to {@code endsOn} (office
     * dates) the deputy also holds that role in that unit, from their next sign-in.
     *
     * @return the deputising's id
     * @throws FormRejectedException when the absent person does not hold the role there, the role has no
     *                               deputies, the deputy is not active staff or is the same person, the
     *                               dates are reversed or over, or another deputy already covers a day
     */
    @Transactional
    public long assignDeputy(DeputyForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Account absent = staffAccount(form.absentId());
        if (form.role() == null || !form.role().deputisable() || form.unitCode() == null || form.unitCode().isBlank()
                || !absent.staffRoles().contains(new StaffRoleGrant(form.role(), form.unitCode()))) {
            problems.add(new FieldProblem("role", "validation.deputy.role"));
        }
        Optional<Account> deputy = accounts.findById(form.deputyId())
                .filter(a -> a.kind() == AccountKind.STAFF && a.status() == Account.Status.ACTIVE);
        if (deputy.isEmpty() || form.deputyId() == form.absentId()) {
            problems.add(new FieldProblem("deputy", "validation.deputy.person"));
        }
        LocalDate today = today();
        if (form.startsOn() == null || form.endsOn() == null || form.endsOn().isBefore(form.startsOn())) {
            problems.add(new FieldProblem("endsOn", "validation.deputy.dates"));
        } else if (form.endsOn().isBefore(today)) {
            problems.add(new FieldProblem("endsOn", "validation.deputy.past"));
        } else if (problems.isEmpty() && deputies.countOverlapping(form.absentId(), form.role().name(), form.unitCode(),
                form.startsOn(), form.endsOn()) > 0) {
            problems.add(new FieldProblem("startsOn", "validation.deputy.overlap"));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        DeputyAssignment saved = deputies.save(DeputyAssignment.assign(form.deputyId(), form.absentId(), form.role(),
                form.unitCode(), form.startsOn(), form.endsOn(), currentUser.require().accountId(), clock.instant()));
        audit.record("DEPUTY_ASSIGNED", DEPUTY_SUBJECT, saved.id(), "deputy=" + form.deputyId() + " absent="
                + form.absentId() + " role=" + form.role() + " unit=" + form.unitCode() + " from=" + form.startsOn()
                + " until=" + form.endsOn());
        return saved.id();
    }

    /**
     * Ends a deputising now, whatever its dates: the deputy loses the role from their next sign-in.
     * Ending one that has already ended changes nothing.
     *
     * @throws RecordNotFoundException for an unknown id
     */
    @Transactional
    public void endDeputy(long deputisingId) {
        DeputyAssignment assignment = deputies.findById(deputisingId)
                .orElseThrow(() -> new RecordNotFoundException("Deputising"));
        if (assignment.endedAt() != null) {
            return;
        }
        assignment.end(currentUser.require().accountId(), clock.instant());
        deputies.save(assignment);
        audit.record("DEPUTY_ENDED", DEPUTY_SUBJECT, deputisingId, null);
    }

    /** The deputisings a staff member is part of, as deputy or as the absent one, newest first. */
    @Transactional(readOnly = true)
    public List<Deputising> deputisings(long staffId) {
        LocalDate today = today();
        List<DeputyAssignment> found = deputies.findInvolving(staffId, DEPUTISINGS_SHOWN);
        Set<Long> ids = new HashSet<>();
        found.forEach(d -> {
            ids.add(d.deputyAccountId());
            ids.add(d.absentAccountId());
        });
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(ids).forEach(a -> names.put(a.id(), a.fullName()));
        return found.stream().map(d -> new Deputising(d.id(), d.deputyAccountId(), names.getOrDefault(d.deputyAccountId(), ""),
                d.absentAccountId(), names.getOrDefault(d.absentAccountId(), ""), d.role(), d.unitCode(), d.startsOn(),
                d.endsOn(), d.endedAt(), d.inForceOn(today))).toList();
    }

    private Account staffAccount(long id) {
        return accounts.findById(id).filter(a -> a.kind() == AccountKind.STAFF)
                .orElseThrow(() -> new RecordNotFoundException("Staff account"));
    }

    private void checkAssignment(@Nullable String unitCode, Set<StaffRole> roles, List<FieldProblem> problems) {
        if (unitCode == null || !unitCodes(office.profile()).contains(unitCode)) {
            problems.add(new FieldProblem("unit", "validation.unit.required"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "validation.roles.required"));
        }
    }

    /** A social worker needs a kecamatan of the regency; nobody else keeps one. */
    private @Nullable String checkDistrict(@Nullable Set<StaffRole> roles, @Nullable String districtCode,
                                           List<FieldProblem> problems) {
        if (roles == null || !roles.contains(StaffRole.SOCIAL_WORKER)) {
            return null;
        }
        String code = districtCode == null ? "" : districtCode.strip();
        boolean known = regions.region(code).filter(r -> !r.isVillage()).isPresent();
        if (!known) {
            problems.add(new FieldProblem("district", "validation.district.required"));
            return null;
        }
        return code;
    }

    private static String districtNote(@Nullable String districtCode) {
        return districtCode == null ? "" : " district=" + districtCode;
    }

    /** Nobody locks themselves out, and the office never loses its last administrator. */
    private void checkNotSelfOrLastAdmin(long staffId, Account account, String field, List<FieldProblem> problems) {
        if (staffId == currentUser.require().accountId()) {
            problems.add(new FieldProblem(field, "validation.staff.self"));
        } else if (account.roles().contains(StaffRole.ADMIN) && account.status() == Account.Status.ACTIVE
                && staff.countActiveHolding(StaffRole.ADMIN.name()) <= 1) {
            problems.add(new FieldProblem(field, "validation.staff.lastAdmin"));
        }
    }

    static Set<String> unitCodes(OfficeProfile profile) {
        Set<String> codes = new LinkedHashSet<>();
        for (OfficeProfile.Unit unit : profile.units()) {
            codes.add(unit.code());
            unit.teams().forEach(t -> codes.add(t.code()));
        }
        return codes;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(office.profile().hours().zone()));
    }

    private static StaffMember member(Account a) {
        return new StaffMember(a.id(), a.fullName(), a.email(), a.nip(), a.unitCode(), a.roles(),
                a.emailVerifiedAt() != null, a.status() == Account.Status.ACTIVE, a.createdAt(), a.districtCode());
    }

    /** For the audit trail: codes only, in a stable order. */
    private static String assignment(@Nullable String unitCode, Set<StaffRole> roles) {
        return "unit=" + unitCode + " roles=" + roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String cleanName(@Nullable String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String likePattern(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
