package org.workershome;

import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkersHomeApplication {

    public static void main(String[] args) {
        // a command (--audit-verify) runs without the web server, so it works beside a running node
        boolean command = Arrays.stream(args).anyMatch(a -> a.startsWith("--audit-verify"));
        new SpringApplicationBuilder(WorkersHomeApplication.class)
                .web(command ? WebApplicationType.NONE : WebApplicationType.SERVLET)
                .run(args);
    }
}
