package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {
    @Test
    void the_network_of_an_address_is_its_slash_24_or_slash_48() {
        assertThat(Addresses.network("203.0.113.7")).isEqualTo("203.0.113");
        assertThat(Addresses.network("2001:db8:85a3::8a2e:370:7334")).isEqualTo("2001:db8:85a3");
        assertThat(Addresses.network("2001:0DB8:0000:0000::1")).isEqualTo("2001:db8:0");
        assertThat(Addresses.network("::1")).isEqualTo("0:0:0");
    }

    @Test
    void anything_that_is_not_an_address_literal_has_no_network() {
        assertThat(Addresses.network("example.org")).isEmpty();
        assertThat(Addresses.network("300.1.1.1")).isEmpty();
        assertThat(Addresses.network("1:2:3")).isEmpty();
        assertThat(Addresses.network("1::2::3")).isEmpty();
        assertThat(Addresses.network(null)).isEmpty();
    }
}
