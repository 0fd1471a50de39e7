package org.workershome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkersHomeApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkersHomeApplication.class, args);
    }
}
