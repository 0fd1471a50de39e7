package org.workershome.core.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;

class ExcelRoundTripTest {

    record Person(String name, String idNumber, LocalDate joined, long count) {}

    private final StaticMessageSource messages = new StaticMessageSource();

    ExcelRoundTripTest() {
        messages.addMessage("p.name", Locale.SIMPLIFIED_CHINESE, "姓名");
        messages.addMessage("p.id", Locale.SIMPLIFIED_CHINESE, "身份证号");
        messages.addMessage("p.joined", Locale.SIMPLIFIED_CHINESE, "入会日期");
        messages.addMessage("p.count", Locale.SIMPLIFIED_CHINESE, "次数");
    }

    private byte[] export(List<Person> people) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.of(Person.class)
                .column("p.name", Person::name)
                .column("p.id", Person::idNumber)
                .column("p.joined", Person::joined)
                .column("p.count", Person::count)
                .write(out, people, messages, Locale.SIMPLIFIED_CHINESE);
        return out.toByteArray();
    }

    @Test
    void exportedRowsReadBackAsTextWithLocalisedHeadersAndIsoDates() throws IOException {
        byte[] xlsx = export(List.of(new Person("张三", "11010519491231002X", LocalDate.of(2020, 3, 15), 12),
                new Person("李四", null, null, 0)));

        ExcelSheet sheet = ExcelImport.read(new ByteArrayInputStream(xlsx), 10);

        assertThat(sheet.header()).containsExactly("姓名", "身份证号", "入会日期", "次数");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(sheet.rows().get(0).cells()).containsExactly("张三", "11010519491231002X", "2020-03-15", "12");
        assertThat(sheet.rows().get(1).cell(0)).isEqualTo("李四");
        assertThat(sheet.rows().get(1).cell(2)).isEmpty();
        assertThat(sheet.rows().get(1).cell(99)).isEmpty();
        assertThat(sheet.columnOf(List.of("Joined", "入会日期"))).isEqualTo(2);
        assertThat(sheet.columnOf(List.of("nothing"))).isEqualTo(-1);
    }

    @Test
    void refusesContentThatIsNotAZipWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertRefusedAsNotExcel("name,id\n张三,1\n".getBytes());
        assertRefusedAsNotExcel(png);
        assertRefusedAsNotExcel(new byte[0]);
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        assertRefusedAsNotExcel(out.toByteArray());
    }

    @Test
    void refusesMoreRowsThanTheLimit() throws IOException {
        byte[] xlsx = export(IntStream.range(0, 6).mapToObj(i -> new Person("p" + i, null, null, i)).toList());
        assertThat(ExcelImport.read(new ByteArrayInputStream(xlsx), 6).rows()).hasSize(6);
        assertThatThrownBy(() -> ExcelImport.read(new ByteArrayInputStream(xlsx), 5))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("excel.error.tooManyRows"));
    }

    @Test
    void downloadNameIsSentAsUtf8WithAnAsciiFallback() {
        assertThat(ExcelExport.contentDisposition("会员名单 2026.xlsx")).isEqualTo(
                "attachment; filename=\"_____2026.xlsx\"; filename*=UTF-8''%E4%BC%9A%E5%91%98%E5%90%8D%E5%8D%95%202026.xlsx");
    }

    private static void assertRefusedAsNotExcel(byte[] content) {
        assertThatThrownBy(() -> ExcelImport.read(new ByteArrayInputStream(content), 10))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "excel.error.notExcel"));
    }
}
