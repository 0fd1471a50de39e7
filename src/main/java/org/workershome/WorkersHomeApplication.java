package org.workershome;

import java.util.Arrays;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkersHomeApplication {

    public static void main(String[] args) {
        // a command (--audit-verify) listens on a free port, so it runs beside a node that holds the usual one
        boolean command = Arrays.stream(args).anyMatch(a -> a.startsWith("--audit-verify"));
        SpringApplicationBuilder application = new SpringApplicationBuilder(WorkersHomeApplication.class);
        if (command) {
            application.properties("server.port=0");
        }
        application.run(args);
    }
}
