package org.workershome.homes;

import java.awt.Color;

import org.workershome.core.demo.DemoPhoto;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.org.Org;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * Demo workers' homes, entered through the services as the demo accounts would: this year's criteria (by the
 * administrator, national); the forest farm's home with facilities, green practices, a photo, two rooms, its
 * evaluation approved by the province (87.5 points, four stars); the weather station's home with its evaluation
 * submitted and awaiting Qinghai's decision; a few activities and bookings in the coming days.
 */
@Component
@Order(70)
class HomesDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final HomeManagement homes;
    private final HomePhotos photos;
    private final CriteriaManagement criteria;
    private final EvaluationManagement evaluations;
    private final HomeCalendar calendar;
    private final BookingManagement bookings;
    private final Clock clock;

    HomesDemoData(WorkersHomeProperties properties, DemoRecords records, DemoSignIn demo, HomeManagement homes,
            HomePhotos photos, CriteriaManagement criteria, EvaluationManagement evaluations,
            HomeCalendar calendar, BookingManagement bookings, Clock clock) {
        this.properties = properties;
        this.records = records;
        this.demo = demo;
        this.homes = homes;
        this.photos = photos;
        this.criteria = criteria;
        this.evaluations = evaluations;
        this.calendar = calendar;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || !Scopes.asSystem(() -> homes.list()).isEmpty()) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        Org forest = records.orgNamed("伊春红星林场工会").orElse(null);
        Org station = records.orgNamed("玛多县气象站工会").orElse(null);
        if (forest == null || station == null) {
            return;
        }
        int year = LocalDate.now(clock.withZone(Times.ZONE)).getYear();
        CurrentUser admin = demo.as("admin");
        if (criteria.of(year).isEmpty()) {
            criteria.add(admin, year, "阵地建设：场所面积、设施配备与开放时间", 30, 10);
            criteria.add(admin, year, "服务功能：读书、健身、休息、关爱等服务开展情况", 30, 10);
            criteria.add(admin, year, "绿色低碳：节能、节水、垃圾分类与绿色出行", 25, 10);
            criteria.add(admin, year, "管理运行：制度、台账与职工满意度", 15, 10);
        }

        CurrentUser forestCadre = demo.as("cadre.forest");
        WorkersHome forestHome = homes.register(forestCadre, new WorkersHome.Draft(forest.getId(), "红星林场职工之家",
                "黑龙江省伊春市红星区林场路18号", LocalDate.of(2019, 5, 1), new java.math.BigDecimal("420.00"),
                "林场职工的“娘家”：职工书屋、健身房、爱心食堂和充电驿站，一线营林工下山后有处歇脚。",
                EnumSet.of(Facility.READING_ROOM, Facility.CANTEEN, Facility.FITNESS, Facility.WIFI, Facility.CHARGING),
                "理发角、药箱"), null);
        homes.addPractice(forestCadre, forestHome.getId(), "屋顶光伏板，年发电约3万千瓦时", 2023);
        homes.addPractice(forestCadre, forestHome.getId(), "食堂厨余垃圾分类、就地堆肥", 2021);
        photos.add(forestCadre, forestHome.getId(), List.of(DemoPhoto.png("forest-home.png", g -> {
            // a green roof with solar panels over a red-brick house
            g.setColor(new Color(0xb8, 0x4a, 0x3a));
            g.fillRect(8, 20, 48, 28);
            g.setColor(new Color(0x3a, 0x8a, 0x4a));
            g.fillPolygon(new int[] {4, 32, 60}, new int[] {22, 4, 22}, 3);
            g.setColor(new Color(0x2a, 0x4a, 0x8a));
            g.fillRect(20, 10, 10, 6);
        })));
        Room reading = homes.addRoom(forestCadre, forestHome.getId(), "职工书屋", 30);
        Room gym = homes.addRoom(forestCadre, forestHome.getId(), "健身房", 20);
        evaluate(forestCadre, forestHome, year, Map.of(0, 9, 1, 9, 2, 8, 3, 9));
        evaluations.approve(demo.as("cadre.province"), evaluations.of(forestHome.getId(), year).orElseThrow().getId());

        CurrentUser stationCadre = demo.as("cadre.station");
        WorkersHome stationHome = homes.register(stationCadre, new WorkersHome.Draft(station.getId(),
                "玛多气象站职工之家", "青海省果洛州玛多县玛查理镇气象路2号", LocalDate.of(2021, 8, 15),
                new java.math.BigDecimal("160.00"), "海拔4300米的高原小家：供氧休息室、热水淋浴和视频亲情室。",
                EnumSet.of(Facility.REST_ROOM, Facility.WIFI, Facility.COUNSELLING), "制氧机、热水淋浴"), null);
        homes.addPractice(stationCadre, stationHome.getId(), "太阳能热水与光伏供电", 2022);
        Room lounge = homes.addRoom(stationCadre, stationHome.getId(), "活动室", 12);
        evaluate(stationCadre, stationHome, year, Map.of(0, 7, 1, 8, 2, 9, 3, 7));

        // scoped reads follow the signed-in account, so each act signs in as its actor again
        LocalDateTime tomorrow = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(1).atStartOfDay();
        forestCadre = demo.as("cadre.forest");
        calendar.add(forestCadre, forestHome.getId(), new Calendar(tomorrow.plusHours(19), 2, "职工读书会：《林海雪原》",
                "职工书屋", "林场工会女工委员会", "每月一次，读书分享，欢迎家属参加。").draft());
        calendar.add(forestCadre, forestHome.getId(), new Calendar(tomorrow.plusDays(2).plusHours(15), 2,
                "冬季安全生产与冻伤防护讲座", "健身房", "林场安全科", "防寒装备发放与急救演示。").draft());
        calendar.add(demo.as("cadre.station"), stationHome.getId(), new Calendar(tomorrow.plusDays(3).plusHours(10), 1,
                "高原健康义诊", "活动室", "玛多县人民医院", "血氧、血压检测与高原病防治咨询。").draft());
        bookings.book(demo.as("worker.forest"), reading.getId(), tomorrow.plusHours(9), tomorrow.plusHours(11),
                "营林队班组学习", null);
        bookings.book(demo.as("cadre.forest"), gym.getId(), tomorrow.plusDays(1).plusHours(18), tomorrow.plusDays(1).plusHours(20),
                "职工乒乓球赛预赛", null);
        bookings.book(demo.as("worker.station"), lounge.getId(), tomorrow.plusHours(20), tomorrow.plusHours(21),
                "与家人视频通话", null);
    }

    /** Opens the year's evaluation and submits it with the points given per criterion (by position). */
    private void evaluate(CurrentUser cadre, WorkersHome home, int year, Map<Integer, Integer> byPosition) {
        Evaluation evaluation = evaluations.open(cadre, home.getId(), year, null);
        List<Criterion> list = criteria.of(year);
        Map<Long, Integer> points = new java.util.HashMap<>();
        Map<Long, String> remarks = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            points.put(list.get(i).getId(), byPosition.getOrDefault(i, list.get(i).getMaxPoints()));
            remarks.put(list.get(i).getId(), "自评依据见台账。");
        }
        evaluations.score(cadre, evaluation.getId(), points, remarks, true);
    }

    /** A demo activity: start, hours, and what it is. */
    private record Calendar(LocalDateTime start, int hours, String title, String room, String organiser,
            String description) {

        Activity.Draft draft() {
            return new Activity.Draft(title, start, start.plusHours(hours), room, organiser, description);
        }
    }
}
