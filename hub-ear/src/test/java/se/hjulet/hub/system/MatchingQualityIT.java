package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;
import se.hjulet.search.testing.evaluation.JudgedCorpus;
import se.hjulet.search.testing.evaluation.MatchingBenchmark;
import se.hjulet.search.testing.evaluation.RelevanceMetrics;

/**
 * The matching benchmark through the API: the judged set (86 initiatives) is created and published as a user
 * would, then every similar-items, partners and look-alike judgment is asked of the hub's endpoints, and nDCG@10,
 * recall@10 and MRR (similar items, partners) and the look-alike warning's precision and recall are printed.
 * Small enough to run in every build; it fails only when the command itself breaks (an endpoint answers an error),
 * not on the figures. {@code -Dhjulet.benchmark.verbose=true} lists each judgment's first answers.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class MatchingQualityIT {

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void similarItemsPartnersAndTheLookAlikeWarningOnTheJudgedSet() throws Exception {
        try (JudgedSetThroughTheApi set = JudgedSetThroughTheApi.load(HubDeployment.base(injectedBase))) {
            HubClient hub = set.admin();
            MatchingBenchmark.Report report = MatchingBenchmark.run(set.corpus(), new MatchingBenchmark.Matcher() {
                @Override
                public List<String> similar(String key) {
                    return set.keys(ok(() -> hub.get("initiatives/" + set.id(key) + "/similar?size=" + RelevanceMetrics.CUTOFF)).get("items"));
                }

                @Override
                public List<String> partners(String needKey) {
                    List<String> organisations = new ArrayList<>();
                    ok(() -> hub.get("procurement-needs/" + set.id(needKey) + "/partners?size=" + RelevanceMetrics.CUTOFF))
                            .get("partners").forEach(p -> organisations.add(p.get("organisation").get("code").asText()));
                    return organisations;
                }

                @Override
                public List<String> lookAlikes(JudgedCorpus.Draft draft) {
                    var body = HubClient.JSON.createObjectNode().put("title", draft.title()).put("lead", draft.lead())
                            .put("text", draft.text());
                    return set.keys(ok(() -> hub.post("similar", body)).get("lookAlikes"));
                }
            }, System.out, Boolean.getBoolean("hjulet.benchmark.verbose"));
            assertEquals(set.corpus().similarJudgments().size(), report.similar().queries());
            assertEquals(set.corpus().partnerJudgments().size(), report.partners().queries());
        }
    }

    private interface Call {
        HubClient.Answer send() throws Exception;
    }

    private static JsonNode ok(Call call) {
        try {
            HubClient.Answer answer = call.send();
            assertEquals(200, answer.status(), answer.raw());
            return answer.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
