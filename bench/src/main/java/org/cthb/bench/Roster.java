package org.cthb.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;

/** Writes a nation's roster CSV the way a nation's personnel system might export it. */
final class Roster {

    static final String HEADER = "national_id;given_name;family_name;category;rank;gender;birth_year;email;mission;role;start_date";
    static final String[] MISSIONS = {"KFOR", "NMI", "FLF"};
    private static final String[] GIVEN = {"Alex", "Sam", "Maria", "Jan", "Anna", "Piotr", "Eva", "Luca", "Sofia",
            "Tomas", "Elena", "Mark", "Ines", "Jonas", "Clara", "Ivan", "Nora", "Omar", "Lea", "Hugo", "Mia", "Karl",
            "Zofia", "Erik", "Ana", "Paul", "Julie", "Milan", "Sara", "Teo"};
    private static final String[] FAMILY = {"Martin", "Novak", "Kowalski", "Rossi", "Muller", "Dubois", "Horvat",
            "Jensen", "Silva", "Popescu", "Nagy", "Smith", "Garcia", "Peeters", "Berg", "Kaya", "Ivanov", "Lopez",
            "Virtanen", "Dimitrov", "Fischer", "Moreau", "Costa", "Olsen", "Petrov", "Janssen", "Weber", "Laine",
            "Marin", "Hansen", "Kovac", "Brown", "Leroy", "Schmidt", "Tamm", "Ozols", "Kazlauskas", "Papadopoulos"};
    private static final String[] RANKS = {"Pte", "Cpl", "Sgt", "SSgt", "WO", "2Lt", "Lt", "Capt", "Maj", "LtCol", "Col"};

    /** A person the bench will act as: their national id, e-mail and readiness bucket (see {@link #bucket}). */
    record Person(String nationalId, String email, int bucket) {
    }

    private Roster() {
    }

    /**
     * The readiness bucket of a person, 0-99, the same in Java and SQL ({@code crc32(national_id) % 100}):
     * 0-54 certified, 55-57 revoked, 58-72 in progress, 73-82 account but not started, 83-99 no account yet.
     */
    static int bucket(String nationalId) {
        CRC32 crc = new CRC32();
        crc.update(nationalId.getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() % 100);
    }

    /**
     * Writes {@code persons} rows; all deploy to {@code mission} when given, else to a random one of the three.
     * Returns every person, for choosing who signs in.
     */
    static List<Person> write(Path file, String iso3, int firstId, int persons, String mission, long seed)
            throws IOException {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now();
        List<Person> all = new ArrayList<>(persons);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < persons; i++) {
                String id = iso3 + String.format("%07d", firstId + i);
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                int c = random.nextInt(100);
                String category = c < 80 ? "military" : c < 90 ? "civilian" : c < 97 ? "contractor" : "partner";
                String rank = category.equals("military") ? RANKS[random.nextInt(RANKS.length)] : "";
                int g = random.nextInt(100);
                String gender = g < 78 ? "male" : g < 97 ? "female" : g < 98 ? "other" : "undisclosed";
                int birthYear = 1966 + random.nextInt(40);
                String email = (given + "." + family + "." + (firstId + i) + "@" + iso3 + ".bench.example")
                        .toLowerCase(Locale.ROOT);
                String where = mission != null ? mission : MISSIONS[random.nextInt(MISSIONS.length)];
                int r = random.nextInt(100);
                String role = r < 90 ? "ALL_PERSONNEL" : r < 93 ? "COMMANDER" : r < 97 ? "MILITARY_POLICE"
                        : r < 99 ? "PROCUREMENT" : "TRAINER";
                LocalDate start = today.plusDays(7 + random.nextInt(175));
                out.write(String.join(";", id, given, family, category, rank, gender, String.valueOf(birthYear), email,
                        where, role, start.toString()));
                out.write('\n');
                all.add(new Person(id, email, bucket(id)));
            }
        }
        return all;
    }
}
