package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.junit.jupiter.api.Test;

/** FUSEKI_BASE is ours only while a server is built, and a user's own setting wins. */
class FusekiWorkAreaTest {
    @Test
    void pointsFusekiBaseAtTheFolderOnlyWhileBuilding() {
        Path dir = Path.of("db", FusekiWorkArea.DIR);
        String seen = FusekiWorkArea.in(dir, () -> System.getProperty(FusekiServerCtl.envFusekiBase));
        assertEquals(dir.toAbsolutePath().toString(), seen);
        assertNull(System.getProperty(FusekiServerCtl.envFusekiBase), "restored after the build");
    }

    @Test
    void keepsTheUsersFusekiBase() {
        System.setProperty(FusekiServerCtl.envFusekiBase, "/srv/fuseki");
        try {
            String seen = FusekiWorkArea.in(Path.of("db"), () -> System.getProperty(FusekiServerCtl.envFusekiBase));
            assertEquals("/srv/fuseki", seen);
            assertEquals("/srv/fuseki", System.getProperty(FusekiServerCtl.envFusekiBase));
        } finally {
            System.clearProperty(FusekiServerCtl.envFusekiBase);
        }
    }
}
