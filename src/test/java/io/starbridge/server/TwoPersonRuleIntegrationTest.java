package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starbridge.scenario.LastOfItsKindScenario;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.Room;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: "One person cannot satisfy it alone, not even from two connections." On Vigil (last of its
 * kind) the captain confirms the own ship's self-destruct from the bridge and an away-team member
 * standing on Vigil's bridge is the second hand. One person (one personId) holding both seats does
 * not arm it; two people do — and then every station's {@code alert} section counts down.
 */
@org.junit.jupiter.api.Timeout(60)
class TwoPersonRuleIntegrationTest {
    private static final String ANN = "person-ann-0001";
    private static final String BO = "person-bo-0002";

    private ServerFixture fixture;
    private Game game;
    private int vigil;

    @BeforeEach void start() throws Exception {
        fixture = new ServerFixture(8 * 60);
        game = fixture.server.games().create(LastOfItsKindScenario.ID, 5L, true);
        vigil = ServerFixture.<Integer>onTick(game, w -> w.ships().iterator().next().id());
    }

    @AfterEach void stop() { fixture.close(); }

    @Test void one_person_on_two_seats_is_one_member() {
        try (TestStation captain = join(vigil, "CAPTAIN", "Ann", ANN);
             TestStation away = join(vigil, "AWAY_TEAM", "Ann", ANN);
             TestStation helm = join(vigil, "HELM", "Bo", BO);
             TestStation eng = join(vigil, "ENGINEERING", "Cy", null);
             TestStation sci = join(vigil, "SCIENCE", "Cy", null)) {
            assertThat(memberId(away)).isEqualTo(memberId(captain));
            assertThat(memberId(helm)).isNotEqualTo(memberId(captain));
            // without a person id every seat is its own member
            assertThat(memberId(sci)).isNotEqualTo(memberId(eng));
        }
    }

    @Test void one_person_cannot_arm_from_two_seats_but_two_people_can() throws Exception {
        TestStation captain = join(vigil, "CAPTAIN", "Ann", ANN);
        TestStation viewscreen = join(vigil, "VIEWSCREEN", "Screen", null);
        int member;
        try (TestStation away = join(vigil, "AWAY_TEAM", "Ann", ANN)) {
            member = walkToBridge(away);
            captain.command("ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", -1));
            away.command("ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", member));
            JsonNode first = captain.await(m -> isEvent(m, "SelfDestructConfirmed"), "the captain's confirmation");
            JsonNode second = captain.await(m -> isEvent(m, "SelfDestructConfirmed"), "the away team's confirmation");
            assertThat(second.path("personId").asText()).isEqualTo(first.path("personId").asText());
            assertThat(second.path("tick").asLong() - first.path("tick").asLong()).isLessThan(180);
            // a second after both confirmations (within the 3 s window): still not armed
            long after = second.path("tick").asLong() + 60;
            List<String> armedEvents = new ArrayList<>();
            captain.await(m -> {
                if (isEvent(m, "SelfDestructArmed")) armedEvents.add(m.toString());
                return m.path("msg").asText().equals("delta") && m.path("tick").asLong() >= after;
            }, "a second later");
            assertThat(armedEvents).isEmpty();
            ObjectNode view = captain.awaitState(s -> s.path("tick").asLong() >= after, "the view a second later", Duration.ofSeconds(5));
            assertThat(view.path("alert").path("selfDestructs").size()).isZero();
            assertThat(armed()).isFalse();
        }

        try (TestStation bo = join(vigil, "AWAY_TEAM", "Bo", BO)) {
            assertThat(memberId(bo)).isNotEqualTo(memberId(captain));
            captain.command("ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", -1));
            bo.command("ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", member));
            JsonNode armed = captain.await(m -> isEvent(m, "SelfDestructArmed"), "armed by two people");
            assertThat(armed.path("shipId").asInt()).isEqualTo(vigil);
            assertThat(armed()).isTrue();

            // the countdown shows on every station, the view screen included
            ObjectNode screen = viewscreen.awaitState(s -> s.path("alert").path("selfDestructs").has(Integer.toString(vigil)),
                    "the countdown on the view screen", Duration.ofSeconds(5));
            JsonNode countdown = screen.path("alert").path("selfDestructs").path(Integer.toString(vigil));
            assertThat(countdown.path("name").asText()).isEqualTo("Vigil");
            assertThat(countdown.path("own").asBoolean()).isTrue();
            assertThat(countdown.path("secondsLeft").asDouble()).isBetween(100.0, 120.0);
            double tenths = countdown.path("secondsLeft").asDouble() * 10;
            assertThat(Math.abs(tenths - Math.round(tenths))).isLessThan(1e-6);
        } finally {
            captain.close();
            viewscreen.close();
        }
    }

    private boolean armed() throws Exception {
        return ServerFixture.<Boolean>onTick(game, w -> w.selfDestructs().of(vigil).armed());
    }

    /** Sends one living team member to Vigil's bridge and waits until they stand there; returns the id. */
    private int walkToBridge(TestStation away) throws Exception {
        Map<String, Object> target = ServerFixture.onTick(game, w -> {
            AwayMember m = w.interiors().team(vigil).get(0);
            DeckPlan plan = w.interiors().interior(vigil).plan();
            Room bridge = plan.room(plan.bridge());
            Map<String, Object> t = new HashMap<>();
            t.put("id", m.id());
            t.put("x", bridge.centreX());
            t.put("y", bridge.centreY());
            return t;
        });
        int id = (Integer) target.get("id");
        away.command("MoveTo", Map.of("memberIds", Integer.toString(id), "targetShipId", vigil,
                "x", target.get("x"), "y", target.get("y")));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ServerFixture.onTick(game, w -> w.whereabouts().reasonNotOnBridge(vigil, id, vigil)) != null) {
            assertThat(System.nanoTime()).as("member on Vigil's bridge in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        return id;
    }

    /** Each station's welcome, for its member id. */
    private final Map<TestStation, JsonNode> welcomes = new HashMap<>();

    private TestStation join(int shipId, String role, String name, String personId) {
        TestStation s = TestStation.connect(fixture.port);
        Map<String, Object> hello = new HashMap<>(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", shipId,
                "role", role, "name", name));
        if (personId != null) hello.put("personId", personId);
        s.sendJson(hello);
        welcomes.put(s, s.await("welcome"));
        return s;
    }

    private String memberId(TestStation s) {
        return welcomes.get(s).path("you").path("memberId").asText();
    }

    private static boolean isEvent(JsonNode m, String kind) {
        return m.path("msg").asText().equals("event") && m.path("kind").asText().equals(kind);
    }
}
