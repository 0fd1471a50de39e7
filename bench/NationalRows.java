import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rows for bench/generate-national.sh that need the app's personal-data key (single-file Java 17, no class path):
 * the same AES-256-GCM values ("v1:" + Base64(IV | ciphertext | tag)) and blind index (HMAC-SHA256 with the key
 * derived as HMAC(key, "blind-index")) as core.crypto.FieldEncryptor, so the app reads what this writes.
 *
 * <pre>
 * WORKERS_HOME_CRYPTO_KEY=… java bench/NationalRows.java members &lt; units.csv   # org_id,region,count,industry
 * WORKERS_HOME_CRYPTO_KEY=… java bench/NationalRows.java encrypt &lt; plain.txt   # one value a line
 * </pre>
 * {@code members} writes CSV for {@code copy member(org_id, name, gender, id_number, id_number_hash, phone,
 * birth_date, join_date, job, status, created_at, updated_at)}: valid ID numbers (GB 11643 check character) that
 * are unique across the run — birth day and sequence come from a running counter, and the county digits 50–59 of
 * the region keep them apart from the demo's members. {@code encrypt} writes {@code plain,cipher} lines.
 */
public class NationalRows {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "志强", "海燕", "春梅", "红梅",
            "玉兰", "国庆", "立新", "晓东", "文杰", "雪梅", "德胜", "永刚", "丽华", "振华", "金凤", "子涵", "浩然", "雨萱",
            "梓轩", "欣怡", "宇航", "思远", "佳怡", "俊杰", "慧敏"};
    private static final String[][] JOBS = {
            {"农机手", "水稻种植工", "植保员", "粮库保管员", "农业技术员", "机务队长"},
            {"护林员", "营林工", "木材检尺员", "防火瞭望员", "苗圃工", "林业技术员"},
            {"闸门运行工", "水文勘测工", "大坝安全监测员", "泵站运行工", "水质检验员"},
            {"地面观测员", "预报员", "雷达维护员", "探空观测员", "站长"}};
    private static final String[] INDUSTRIES = {"AGRICULTURE", "FORESTRY", "WATER_CONSERVANCY", "METEOROLOGY"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1966, 1, 1);
    private static final int BIRTH_DAYS = 12_775;  // 35 years: 1966 … 2000

    private final SecretKeySpec aesKey;
    private final Mac mac;
    private final Cipher cipher;
    private final SecureRandom ivs = new SecureRandom();
    private final byte[] iv = new byte[12];

    NationalRows(byte[] key) throws Exception {
        this.aesKey = new SecretKeySpec(key, "AES");
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] macKey = derive.doFinal("blind-index".getBytes(StandardCharsets.UTF_8));
        this.mac = Mac.getInstance("HmacSHA256");
        this.mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    public static void main(String[] args) throws Exception {
        String key = System.getenv("WORKERS_HOME_CRYPTO_KEY");
        if (key == null || key.isBlank() || args.length != 1) {
            System.err.println("usage: WORKERS_HOME_CRYPTO_KEY=<Base64 of 32 bytes> java NationalRows.java members|encrypt < input");
            System.exit(2);
        }
        NationalRows rows = new NationalRows(Base64.getDecoder().decode(key.trim()));
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        if (args[0].equals("members")) {
            rows.members(in, out);
        } else {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line + "," + rows.encrypt(line) + "\n");
            }
        }
        out.flush();
    }

    void members(BufferedReader in, BufferedWriter out) throws Exception {
        Random random = new Random(20261205L);
        LocalDate today = LocalDate.now();
        String now = java.time.OffsetDateTime.now().toString();
        long n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            String orgId = f[0];
            String region = f[1];
            int count = Integer.parseInt(f[2]);
            int industry = Math.max(0, java.util.Arrays.asList(INDUSTRIES).indexOf(f[3]));
            for (int i = 0; i < count; i++, n++) {
                LocalDate birth = FIRST_BIRTH.plusDays(n % BIRTH_DAYS);
                int sequence = (int) ((n / BIRTH_DAYS) % 1000);
                String county = region.substring(0, 4) + (50 + (int) (n / (BIRTH_DAYS * 1000L)) % 10);
                String first17 = county + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", sequence);
                String idNumber = first17 + check(first17);
                String gender = sequence % 2 == 1 ? "MALE" : "FEMALE";
                String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
                LocalDate joined = birth.plusYears(20).plusDays(random.nextInt(3000));
                if (joined.isAfter(today)) {
                    joined = today.minusDays(random.nextInt(365));
                }
                String[] jobs = JOBS[industry];
                String phone = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
                        + String.format("%08d", random.nextInt(100_000_000));
                // 2 % retired, 1 % left, 1 % suspended: the status filter has something to find
                int s = random.nextInt(100);
                String status = s < 2 ? "RETIRED" : s < 3 ? "LEFT" : s < 4 ? "SUSPENDED" : "ACTIVE";
                out.write(orgId + "," + name + "," + gender + "," + encrypt(idNumber) + "," + blindIndex(idNumber) + ","
                        + encrypt(phone) + "," + birth + "," + joined + "," + jobs[random.nextInt(jobs.length)] + ","
                        + status + "," + now + "," + now + "\n");
            }
        }
    }

    private static final String[] PHONE_PREFIXES = {"135", "138", "139", "150", "151", "158", "177", "186", "187", "189"};

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    String encrypt(String plain) throws Exception {
        ivs.nextBytes(iv);
        cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[iv.length + sealed.length];
        System.arraycopy(iv, 0, all, 0, iv.length);
        System.arraycopy(sealed, 0, all, iv.length, sealed.length);
        return "v1:" + Base64.getEncoder().encodeToString(all);
    }

    String blindIndex(String plain) {
        return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
