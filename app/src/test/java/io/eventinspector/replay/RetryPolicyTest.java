package io.eventinspector.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(5), () -> 0.0);

    private static DeliveryAttempt attempt(int number, Integer status, Duration retryAfter) {
        return new DeliveryAttempt("e1", number, Instant.EPOCH,
                status == null ? OptionalInt.empty() : OptionalInt.of(status), 1,
                status != null && status / 100 == 2 ? Optional.empty() : Optional.of("failed"),
                Optional.ofNullable(retryAfter));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504, 599})
    void transientStatusesAreRetried(int status) {
        assertThat(policy.shouldRetry(attempt(1, status, null))).isTrue();
        assertThat(policy.shouldRetry(attempt(3, status, null))).as("no attempt left").isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 400, 401, 403, 404, 410, 422})
    void permanentStatusesFailAtOnce(int status) {
        assertThat(policy.shouldRetry(attempt(1, status, null))).isFalse();
    }

    @Test
    void networkErrorsAreRetriedAndSuccessIsNot() {
        assertThat(policy.shouldRetry(attempt(1, null, null))).isTrue();
        assertThat(policy.shouldRetry(attempt(1, 204, null))).isFalse();
    }

    @Test
    void backoffDoublesUpToTheCapWithTheUpperHalfJittered() {
        assertThat(policy.delayAfter(attempt(1, 500, null))).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(attempt(2, 500, null))).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.delayAfter(attempt(4, 500, null))).isEqualTo(Duration.ofMillis(2500));
        RetryPolicy highJitter = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(5), () -> 0.999);
        assertThat(highJitter.delayAfter(attempt(1, 500, null))).isBetween(Duration.ofMillis(990),
                Duration.ofMillis(1000));
    }

    @Test
    void retryAfterIsHonouredButBounded() {
        assertThat(policy.delayAfter(attempt(1, 429, Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(attempt(1, 503, Duration.ofHours(2)))).isEqualTo(RetryPolicy.MAX_RETRY_AFTER);
    }
}
