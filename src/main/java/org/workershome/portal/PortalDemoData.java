package org.workershome.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.time.Times;

/**
 * The demo portal: the seed page of 中工网 imported like any legacy file (channel 工会, its topic, its time,
 * source and editor), its friendly links and leadership list, and about 200 generated articles over the channels
 * and the last three months, some with pictures and views, made through the same services as editors use.
 */
@Component
@Order(30)
class PortalDemoData implements ApplicationRunner {

    static final String SEED = "portal/seed-article.txt";
    static final String SEED_TOPIC = "学习贯彻习近平总书记关于工人阶级和工会工作的重要论述";
    static final String ECO_TOPIC = "中国梦·劳动美——我是生态文明建设主力军";
    static final int GENERATED = 200;

    private final WorkersHomeProperties properties;
    private final ArticleManagement management;
    private final SiteManagement site;
    private final ImageManagement images;
    private final Articles articles;
    private final Channels channels;
    private final Topics topics;
    private final ArticleViews views;
    private final DemoSignIn demo;
    private final Clock clock;
    private final DeedManagement deeds;

    PortalDemoData(WorkersHomeProperties properties, ArticleManagement management, SiteManagement site,
            ImageManagement images, Articles articles, Channels channels, Topics topics, ArticleViews views,
            DemoSignIn demo, Clock clock, DeedManagement deeds) {
        this.deeds = deeds;
        this.properties = properties;
        this.management = management;
        this.site = site;
        this.images = images;
        this.articles = articles;
        this.channels = channels;
        this.topics = topics;
        this.views = views;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || articles.count() > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        CurrentUser chief = demo.as("chief");
        List<String> seedLines = List.of(read(SEED).split("\\R"));
        Topic seedTopic = site.addTopic(chief, "xuexi-guanche", SEED_TOPIC, null, true);
        Topic eco = site.addTopic(chief, "shengtai-zhulijun", ECO_TOPIC,
                "广泛开展“中国梦·劳动美——我是生态文明建设主力军”主题宣传教育活动，讲好生态文明建设、绿色发展故事。", true);
        Topic models = site.addTopic(chief, "laomo-fengcai", "劳模风采", "农林水利气象系统劳动模范和工匠人才的先进事迹。", true);
        Topic craftsmen = site.addTopic(chief, "lvse-gongjiang", "绿色生态工匠", "培育更多“绿色生态工匠”。", false);
        leadersAndLinks(chief, seedLines);

        LegacyArticle legacy = LegacyArticle.parseLines("seed-article.txt", seedLines);
        Channel union = channels.findBySlug("gonghui").orElseThrow();
        management.importPublished(chief, new ArticleManagement.ArticleDraft(legacy.title(), null, legacy.leadBox(),
                legacy.author(), legacy.source(), legacy.editorName(), legacy.body(), union.getId(),
                List.of(seedTopic.getId(), eco.getId()), true, null), legacy.publishedAt().atZone(Times.ZONE).toInstant());

        generate(chief, List.of(seedTopic, eco, models, craftsmen));

        CurrentUser editor = demo.as("editor");
        Article draft = management.create(editor, new ArticleManagement.ArticleDraft("气象台站职工书屋电子平台上线",
                null, null, "本网记者", "职工之家", "编辑部", "<p>偏远台站职工可以通过手机阅读职工书屋的图书和期刊。</p>",
                channels.findBySlug("dushu").orElseThrow().getId(), List.of(eco.getId()), false, null));
        management.submit(editor, draft.getId());

        Long worker = demo.as("worker.forest").memberId();
        CurrentUser cadre = demo.as("cadre.forest");
        Deed deed = deeds.nominate(cadre, new DeedManagement.Nomination(worker, null, null, "三十年守护林海的护林员",
                "他三十年如一日巡护林区，每年步行巡山三千多公里，所护林区未发生一起森林火灾。\n他带出的徒弟已成为林场的技术骨干。",
                eco.getId()));
        deeds.nominate(cadre, new DeedManagement.Nomination(null, "红星林场营林队", null, "营林队植树造林",
                "营林队今春完成造林两千亩，成活率百分之九十五。", eco.getId()));
        deeds.decide(demo.as("chief"), deed.getId(), true);
    }

    private void leadersAndLinks(CurrentUser chief, List<String> lines) {
        int start = lines.indexOf("全总领导");
        Pattern twoChar = Pattern.compile("^(\\S) (\\S) (.+)$");
        Pattern name = Pattern.compile("^(\\S{2,4}) (.+)$");
        for (int i = start + 1; start >= 0 && i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(SEED_TOPIC)) {
                break;
            }
            Matcher m = twoChar.matcher(line);
            if (m.matches()) {
                site.addLeader(chief, m.group(1) + m.group(2), m.group(3));
                continue;
            }
            m = name.matcher(line);
            if (m.matches()) {
                site.addLeader(chief, m.group(1), m.group(2));
            }
        }
        int links = lines.indexOf("友情链接");
        if (links >= 0) {
            String[] hosts = {"www.acftu.org", "ldjjw.acftu.org", "qybz.acftu.org", "shzz.acftu.org", "cwgk.acftu.org",
                    "pufa.acftu.org", "nvzg.acftu.org", "www.zgzgjy.cn", "www.cwdf.org.cn"};
            String line = lines.get(links + 2).isBlank() ? lines.get(links + 1) : lines.get(links + 1);
            String[] names = (line.isBlank() ? lines.get(links + 2) : line).split("\\|");
            for (int i = 0; i < names.length; i++) {
                site.addLink(chief, names[i].strip(), "https://" + hosts[Math.min(i, hosts.length - 1)] + "/");
            }
        }
    }

    private static final String[] PLACES = {"红星林场", "玛多气象站", "丹江口水库", "北大荒农场", "塞罕坝机械林场", "三江源保护区",
            "长江水文站", "呼伦贝尔草原站", "西双版纳热带作物所", "黄河小浪底"};
    private static final String[] DEEDS = {"开展劳动和技能竞赛", "建设职工阅览室", "举办职工运动会", "慰问一线职工", "开展安全生产月活动",
            "召开职工代表大会", "创建劳模创新工作室", "开展困难职工帮扶", "推进绿色职工之家建设", "组织防汛抗旱技能培训"};
    private static final String[] SENTENCES = {
            "广大职工以主人翁姿态投身生态文明建设，在平凡岗位上作出了不平凡的贡献。",
            "工会坚持以职工为中心的工作导向，把服务职工的工作做细做实。",
            "活动中，职工们交流经验、切磋技艺，进一步增强了团队协作意识。",
            "基层工会负责人表示，将继续畅通职工诉求表达渠道，帮助职工解决急难愁盼问题。",
            "地处偏远的台站职工通过网络参加了培训，学习热情很高。",
            "大力弘扬劳模精神、劳动精神、工匠精神，激励广大职工争做新时代的奋斗者。",
            "防火期巡护任务繁重，工会为一线职工送去了防护用品和慰问金。",
            "职工代表大会审议通过了集体合同草案，职工的获得感、幸福感进一步增强。"};

    private void generate(CurrentUser chief, List<Topic> topicList) {
        Random random = new Random(20260101L);
        List<Channel> all = channels.findAllByOrderByPositionAsc();
        List<Long> pictures = new ArrayList<>();
        Color[] colours = {new Color(176, 25, 30), new Color(20, 56, 107), new Color(46, 125, 50), new Color(230, 140, 20)};
        for (Color colour : colours) {
            pictures.add(images.store(chief, picture(colour), "image/png").getId());
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            Channel channel = all.get(i % all.size());
            String place = PLACES[random.nextInt(PLACES.length)];
            String deed = DEEDS[random.nextInt(DEEDS.length)];
            String title = place + "工会" + deed + (i % 3 == 0 ? "" : "（" + (i + 1) + "）");
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append("<p>").append(place).append(p == 0 ? "工会近日" + deed + "。" : "").append(SENTENCES[random.nextInt(SENTENCES.length)])
                        .append(SENTENCES[random.nextInt(SENTENCES.length)]).append("</p>");
            }
            Instant at = now.minus(random.nextInt(90 * 24 * 60) + 30L, ChronoUnit.MINUTES);
            Long image = i < pictures.size() * 2 ? pictures.get(i % pictures.size()) : null;
            List<Long> topicIds = i % 7 == 0 ? List.of(topicList.get(1 + (i / 7) % (topicList.size() - 1)).getId()) : List.of();
            Article article = management.importPublished(chief, new ArticleManagement.ArticleDraft(title, null, null,
                    "本网记者", "职工之家", "姚怡梦", body.toString(), channel.getId(), topicIds, i % 10 == 0, image), at);
            ids.add(article.getId());
        }
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        for (int d = 0; d < 30; d++) {
            for (int k = 0; k < 6; k++) {
                Long id = ids.get(random.nextInt(ids.size()));
                ArticleView.Key key = new ArticleView.Key(id, today.minusDays(d));
                if (!views.existsById(key)) {
                    views.save(new ArticleView(key, 5 + random.nextInt(200)));
                }
            }
        }
    }

    private static byte[] picture(Color colour) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.WHITE);
        g.fillOval(220, 100, 200, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String read(String resource) {
        try (InputStream in = PortalDemoData.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
