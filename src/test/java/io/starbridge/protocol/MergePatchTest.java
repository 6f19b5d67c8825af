package io.starbridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergePatchTest {
    @Test void only_changed_leaves_are_sent_and_removed_keys_become_null() {
        Map<String, Object> from = Map.of("tick", 1L, "ship", Map.of("x", 5L, "y", 6L),
                "contacts", Map.of("2", Map.of("x", 1L), "3", Map.of("x", 2L)));
        Map<String, Object> to = Map.of("tick", 2L, "ship", Map.of("x", 5L, "y", 7L),
                "contacts", Map.of("2", Map.of("x", 1L), "4", Map.of("x", 3L)));
        Map<String, Object> patch = MergePatch.diff(from, to);
        Map<String, Object> contacts = new HashMap<>();
        contacts.put("3", null);
        contacts.put("4", Map.of("x", 3L));
        assertThat(patch).isEqualTo(Map.of("tick", 2L, "ship", Map.of("y", 7L), "contacts", contacts));
    }

    @Test void equal_views_give_an_empty_patch_and_lists_are_replaced_whole() {
        Map<String, Object> a = new LinkedHashMap<>(Map.of("list", List.of(1, 2), "n", 1.5));
        assertThat(MergePatch.diff(a, new LinkedHashMap<>(a))).isEmpty();
        assertThat(MergePatch.diff(a, Map.of("list", List.of(1, 3), "n", 1.5))).isEqualTo(Map.of("list", List.of(1, 3)));
    }

    @Test void applying_the_diff_to_the_old_view_gives_the_new_view() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Object> from = Map.of("tick", 1L, "ship", Map.of("x", 5L, "y", 6L),
                "contacts", Map.of("2", Map.of("x", 1L), "3", Map.of("x", 2L)));
        Map<String, Object> to = Map.of("tick", 2L, "ship", Map.of("x", 5L, "y", 7L),
                "contacts", Map.of("2", Map.of("x", 1L), "4", Map.of("x", 3L)), "list", List.of(1, 2));
        com.fasterxml.jackson.databind.node.ObjectNode state = json.valueToTree(from);
        com.fasterxml.jackson.databind.node.ObjectNode patch = json.valueToTree(MergePatch.diff(from, to));
        patch.put("msg", "delta");

        MergePatch.apply(state, patch);

        assertThat(state).isEqualTo(json.valueToTree(to));
    }
}
