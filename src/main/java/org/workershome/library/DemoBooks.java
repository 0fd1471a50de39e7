package org.workershome.library;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.workershome.library.book.BookCategory;
import org.workershome.library.file.BookFiles;
import org.workershome.library.file.EpubWriter;
import org.workershome.library.file.EpubWriter.Chapter;

/** The demo library's books, written in code at seeding: which org owns each, its category, its text. */
final class DemoBooks {

    /** A demo book: the owning org's name, its category, the EPUB description and chapters. */
    record DemoBook(String orgName, BookCategory category, EpubWriter.Description description, List<Chapter> chapters,
            Color colour) {}

    static final String NATIONAL = "中国农林水利气象工会";
    static final String HEILONGJIANG = "黑龙江省农林水利气象工会";
    static final String QINGHAI = "青海省农林水利气象工会";

    private DemoBooks() {}

    static List<DemoBook> epubs() {
        return List.of(
                new DemoBook(NATIONAL, BookCategory.ECOLOGY, new EpubWriter.Description("生态文明建设读本",
                        "中国农林水利气象工会宣传教育部", "职工书屋", "9787010000014", "zh-CN", "2026-06-05"), List.of(
                        new Chapter("第一章　绿水青山就是金山银山", List.of(
                                "生态文明建设是关系中华民族永续发展的根本大计。林场、农场、水库和气象台站的职工，是守护绿水青山的第一线力量。",
                                "在生态文明建设中，每一位职工都可以从身边做起：节约用水、爱护林木、减少浪费。",
                                "本章介绍生态文明的基本概念，以及工会在推动绿色发展中的作用。")),
                        new Chapter("第二章　林区的护林防火", List.of(
                                "护林防火是林区职工的首要职责。进入防火期后，要严格执行巡护制度，做到早发现、早报告、早处置。",
                                "巡护路线、瞭望塔值守和火情报告流程，应当在每一个林场的职工书屋中公开张贴。")),
                        new Chapter("第三章　节水与水库管理", List.of(
                                "水库管理局的职工承担着防汛、供水和水质保护的任务。",
                                "节约用水从每一个班组做起：检修管网、记录用水、及时报告渗漏。")),
                        new Chapter("第四章　绿色生态工匠", List.of(
                                "绿色生态工匠是工会树立的品牌，表彰在生态保护与绿色技术中作出突出贡献的职工。",
                                "本章收录了三位绿色生态工匠的故事，他们来自林场、农场和气象站。"))),
                        new Color(0x2e7d32)),
                new DemoBook(NATIONAL, BookCategory.LABOUR_LAW, new EpubWriter.Description("劳动法律维权手册",
                        "中国农林水利气象工会法律工作部", "职工书屋", "9787010000021", "zh-CN", "2025-03-15"), List.of(
                        new Chapter("第一章　劳动合同", List.of(
                                "用人单位自用工之日起即与劳动者建立劳动关系，应当订立书面劳动合同。",
                                "未订立书面劳动合同超过一个月的，劳动者可以依法要求支付二倍工资。")),
                        new Chapter("第二章　工资与加班", List.of(
                                "工资应当以货币形式按月支付给劳动者本人，不得克扣或者无故拖欠。",
                                "安排加班的，应当依法支付加班工资；法定休假日安排工作的，支付不低于工资的百分之三百。")),
                        new Chapter("第三章　劳动争议的调解与仲裁", List.of(
                                "发生劳动争议，职工可以向本单位劳动争议调解委员会申请调解，也可以向劳动争议仲裁委员会申请仲裁。",
                                "工会为职工提供法律援助，职工可以通过职工之家的诉求渠道提出维权诉求。"))),
                        new Color(0x1565c0)),
                new DemoBook(QINGHAI, BookCategory.HEALTH, new EpubWriter.Description("高原台站职工健康指南",
                        "青海省农林水利气象工会", "职工书屋", null, "zh-CN", "2026-01-10"), List.of(
                        new Chapter("第一章　高原反应的预防", List.of(
                                "初上高原的职工应循序渐进，避免剧烈运动，注意保暖和休息。",
                                "出现头痛、胸闷、呼吸困难等症状时，应及时吸氧并报告站上负责人。")),
                        new Chapter("第二章　值班与作息", List.of(
                                "气象站实行昼夜值班，合理安排轮班和睡眠，对长期健康十分重要。"))),
                        new Color(0x6a1b9a)),
                new DemoBook(HEILONGJIANG, BookCategory.TECHNICAL_SKILLS, new EpubWriter.Description("林区护林员技能读本",
                        "黑龙江省农林水利气象工会", "职工书屋", null, "zh-CN", "2024-09-01"), List.of(
                        new Chapter("第一章　巡护装备", List.of(
                                "护林员的巡护装备包括对讲机、定位终端、灭火器具和急救包。")),
                        new Chapter("第二章　寒区作业安全", List.of(
                                "冬季林区气温可低至零下四十度，作业时须防冻伤，两人以上结伴而行。"))),
                        new Color(0xbf360c)));
    }

    /** The demo PDF: poems and essays by workers, one page each. */
    static List<Chapter> pdfPages() {
        return List.of(
                new Chapter("林海", List.of("清晨的林海披着薄雾，护林员踏着露水出发。", "一棵树，一片林，守住的是一代人的绿色。")),
                new Chapter("高原的风", List.of("玛多的风吹过气象站的百叶箱，", "记录下每一个小时的温度和湿度。")),
                new Chapter("水库之夜", List.of("丹江口的夜晚，闸门旁的灯一直亮着，", "值班的职工守护着一库清水。")));
    }

    /** A plain cover picture in the book's colour (no text: the title is on the page beside it). */
    static byte[] cover(Color colour) {
        BufferedImage image = new BufferedImage(120, 170, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, colour, 120, 170, colour.darker()));
        g.fillRect(0, 0, 120, 170);
        g.setColor(new Color(255, 255, 255, 160));
        g.fillRect(14, 30, 92, 8);
        g.fillRect(14, 46, 64, 6);
        g.dispose();
        try {
            return BookFiles.png(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
