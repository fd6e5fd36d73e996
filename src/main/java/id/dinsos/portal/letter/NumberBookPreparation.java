package id.dinsos.portal.letter;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import id.dinsos.portal.office.OfficeService;

/**
 * Creates the numbering books of every letter type for this year and the next at start-up, so that a
 * signing only ever locks an existing row (docs/adr/0020).
 */
@Component
class NumberBookPreparation implements ApplicationRunner, Ordered {

    private final LetterTemplates templates;
    private final NumberBook numbers;
    private final OfficeService office;
    private final Clock clock;
    private final String numberUnit;

    NumberBookPreparation(LetterTemplates templates, NumberBook numbers, OfficeService office, Clock clock,
                          @Value("${portal.letters.number-unit:Dinsos}") String numberUnit) {
        this.templates = templates;
        this.numbers = numbers;
        this.office = office;
        this.clock = clock;
        this.numberUnit = numberUnit;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock.withZone(office.profile().hours().zone())).getYear();
        for (LetterTemplate template : templates.all().values()) {
            String unit = template.numberUnit() != null ? template.numberUnit() : numberUnit;
            numbers.prepare(template.classification(), unit, year);
            numbers.prepare(template.classification(), unit, year + 1);
        }
    }

    @Override
    public int getOrder() {
        return 30; // after the letter templates (20)
    }
}
