package org.workershome.core.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.Account;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.Role;
import org.workershome.core.member.Gender;
import org.workershome.core.member.IdCardNumber;
import org.workershome.core.member.Member;
import org.workershome.core.member.MemberDraft;
import org.workershome.core.member.MemberManagement;
import org.workershome.core.org.Industry;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.Scopes;

/**
 * The demo profile's org tree, accounts (password {@value #PASSWORD}) and generated members with valid
 * ID numbers. Runs once, on an empty database. Later modules seed their own demo data after this one.
 */
@Component
@Order(1)
public class DemoData implements ApplicationRunner {

    public static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "志强", "海燕", "春梅", "红梅",
            "玉兰", "国庆", "立新", "晓东", "文杰", "雪梅", "德胜", "永刚", "丽华", "振华", "金凤"};
    private static final Map<Industry, String[]> JOBS = Map.of(
            Industry.FORESTRY, new String[] {"护林员", "营林工", "木材检尺员", "防火瞭望员", "苗圃工", "林业技术员"},
            Industry.AGRICULTURE, new String[] {"农机手", "水稻种植工", "植保员", "粮库保管员", "农业技术员", "机务队长"},
            Industry.METEOROLOGY, new String[] {"地面观测员", "预报员", "雷达维护员", "探空观测员", "站长"},
            Industry.WATER_CONSERVANCY, new String[] {"闸门运行工", "水文勘测工", "大坝安全监测员", "泵站运行工", "水质检验员"});

    private final WorkersHomeProperties properties;
    private final Orgs orgs;
    private final OrgManagement orgManagement;
    private final MemberManagement memberManagement;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoData(WorkersHomeProperties properties, Orgs orgs, OrgManagement orgManagement,
            MemberManagement memberManagement, Accounts accounts, PasswordEncoder encoder, TransactionTemplate tx,
            Clock clock) {
        this.properties = properties;
        this.orgs = orgs;
        this.orgManagement = orgManagement;
        this.memberManagement = memberManagement;
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        tx.executeWithoutResult(s -> Scopes.asSystem(() -> {
            if (orgs.count() > 0) {
                return;
            }
            seed();
        }));
    }

    private void seed() {
        Random random = new Random(20260101L);
        Org national = org(null, FirstStart.NATIONAL_UNION, OrgType.NATIONAL, null, null);
        Org heilongjiang = org(national, "黑龙江省农林水利气象工会", OrgType.PROVINCIAL, null, "230000");
        Org forest = org(heilongjiang, "伊春红星林场工会", OrgType.GRASSROOTS, Industry.FORESTRY, "230718");
        Org farm = org(heilongjiang, "建三江七星农场工会", OrgType.GRASSROOTS, Industry.AGRICULTURE, "230882");
        Org qinghai = org(national, "青海省农林水利气象工会", OrgType.PROVINCIAL, null, "630000");
        Org station = org(qinghai, "玛多县气象站工会", OrgType.GRASSROOTS, Industry.METEOROLOGY, "632626");
        Org hubei = org(national, "湖北省农林水利气象工会", OrgType.PROVINCIAL, null, "420000");
        Org reservoir = org(hubei, "丹江口水库管理局工会", OrgType.GRASSROOTS, Industry.WATER_CONSERVANCY, "420381");

        Map<Long, List<Member>> membersByOrg = new HashMap<>();
        for (Org grassroots : List.of(forest, farm, station, reservoir)) {
            List<Member> list = new ArrayList<>();
            for (int i = 0; i < properties.demo().membersPerOrg(); i++) {
                list.add(member(grassroots, random));
            }
            membersByOrg.put(grassroots.getId(), list);
        }

        account("admin", "系统管理员", national, null, DataScope.ALL, EnumSet.of(Role.ADMIN));
        account("editor", "新闻编辑", national, null, DataScope.ORG, EnumSet.of(Role.EDITOR));
        account("chief", "总编辑", national, null, DataScope.ORG, EnumSet.of(Role.CHIEF_EDITOR));
        account("cadre.province", "黑龙江省工会干部", heilongjiang, null, DataScope.ORG_AND_SUBTREE, EnumSet.of(Role.CADRE));
        account("cadre.forest", "红星林场工会干部", forest, null, DataScope.ORG_AND_SUBTREE, EnumSet.of(Role.CADRE));
        account("worker.forest", null, forest, membersByOrg.get(forest.getId()).get(0), DataScope.SELF, EnumSet.of(Role.WORKER));
        account("rep.forest", null, forest, membersByOrg.get(forest.getId()).get(1), DataScope.SELF,
                EnumSet.of(Role.WORKER, Role.REPRESENTATIVE));
        account("cadre.qinghai", "青海省工会干部", qinghai, null, DataScope.ORG_AND_SUBTREE, EnumSet.of(Role.CADRE));
        account("cadre.station", "玛多气象站工会干部", station, null, DataScope.ORG_AND_SUBTREE, EnumSet.of(Role.CADRE));
        account("worker.station", null, station, membersByOrg.get(station.getId()).get(0), DataScope.SELF, EnumSet.of(Role.WORKER));
        log.info("Demo data seeded: 8 orgs, {} members, 10 accounts (password {})",
                membersByOrg.values().stream().mapToInt(List::size).sum(), PASSWORD);
    }

    private Org org(Org parent, String name, OrgType type, Industry industry, String region) {
        return orgManagement.create(new OrgDraft(parent == null ? null : parent.getId(), name, type, industry, region));
    }

    private Member member(Org org, Random random) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
        String[] jobs = JOBS.get(org.getIndustry());
        LocalDate joined = birth.plusYears(20).plusDays(random.nextInt(3000));
        LocalDate today = LocalDate.now(clock);
        if (joined.isAfter(today)) {
            joined = today.minusDays(random.nextInt(365));
        }
        return memberManagement.register(new MemberDraft(org.getId(), name, gender,
                idNumber(org.getRegionCode(), birth, gender, random), mobile(random), joined,
                jobs[random.nextInt(jobs.length)], null));
    }

    /** A valid ID number: region, birth date, a sequence whose parity is the gender, the check character. */
    public static String idNumber(String region, LocalDate birth, Gender gender, Random random) {
        int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = region + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static String mobile(Random random) {
        String[] prefixes = {"135", "138", "139", "150", "151", "158", "177", "186", "187", "189"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private void account(String username, String displayName, Org org, Member member, DataScope scope, Set<Role> roles) {
        accounts.save(new Account(username, encoder.encode(PASSWORD), displayName != null ? displayName : member.getName(),
                org.getId(), member == null ? null : member.getId(), scope, roles,
                username.replace('.', '_') + "@demo.workershome.local", clock.instant()));
    }
}
