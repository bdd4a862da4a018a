package org.cdgan.data;

import java.util.Objects;

/**
 * A person, named within the data set that knows them.
 *
 * <p>Identities compare as (data set, id) pairs, so subject {@code S010} of CK+ never equals a
 * subject of ORL even if the two spell their ids alike.
 *
 * @param dataset the namespace, such as {@code "ck48"} or {@code "orl"}
 * @param id the subject id within that data set, such as {@code "S010"} or {@code "s7"}
 */
public record Identity(String dataset, String id) {

    public Identity {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return dataset + ":" + id;
    }
}
