package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.ProcessEngine;

import java.net.http.HttpResponse;

import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;
import se.krimflow.testsupport.ThrowawayUser;

@KrimflowIntegrationTest
class ApplicationOnPostgresIT {

    @Autowired
    KrimflowHttp http;

    @Autowired
    ProcessEngine engine;

    @Test
    void demoUserAuthenticatesWithBasicAndWrongPasswordGets401() throws Exception {
        assertThat(get("/engine-rest/task/count", "krimchef1", "krimchef1").statusCode()).isEqualTo(200);
        // A wrong password locks the user for a moment: try it on a user of this test's own.
        String user = ThrowawayUser.create(engine, KrimflowGroup.ID_KRIMTEAMET_CHEF);
        assertThat(get("/engine-rest/task/count", user, ThrowawayUser.password(user)).statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/task/count", user, "fel").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task/count", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void runsOnPostgres() {
        assertThat(engine.getProcessEngineConfiguration()).extracting("databaseType").isEqualTo("postgres");
    }

    HttpResponse<String> get(String path, String user, String password) {
        return http.get(path, user, password);
    }
}
