package io.starbridge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures column: a JSON object of figure name → simulated milliseconds, in the run's order. */
final class FiguresJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Long>> TYPE = new TypeReference<>() {};

    private FiguresJson() {}

    static String write(Map<String, Long> figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures are plain numbers", e);
        }
    }

    static Map<String, Long> read(String text) {
        try {
            return JSON.readValue(text, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a figures column that is not a JSON object of numbers: " + text, e);
        }
    }
}
