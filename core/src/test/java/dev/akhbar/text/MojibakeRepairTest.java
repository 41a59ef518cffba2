package dev.akhbar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.MojibakeRepair;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

  @Test
  void repairsTheFamiliarForm() {
    assertEquals(Optional.of("بوتين"), MojibakeRepair.repair("ط¨ظˆطھظٹظ†"));
  }

  @Test
  void restoresHahWhoseSecondByteWasLost() {
    // الحوار: ح is D8 AD; the soft hyphen (AD) is gone from the copy.
    assertEquals(Optional.of("الحوار"), MojibakeRepair.repair("ط§ظ„ط¸ظˆط§ط±".replace("ط¸", "ط")));
  }

  @Test
  void keepsHahWhenTheSoftHyphenSurvived() {
    assertEquals(Optional.of("الحوار"), MojibakeRepair.repair("ط§ظ„ط\u00ADظˆط§ط±"));
  }

  @Test
  void leavesCleanArabicAlone() {
    assertTrue(MojibakeRepair.repair("قال الرئيس الروسي فلاديمير بوتين").isEmpty());
    assertTrue(
        MojibakeRepair.repair("ط ط").isEmpty(),
        "two bare tah letters are not two lost hah letters");
  }

  @Test
  void aRunOfBareTahLettersIsNotRepairedAndDoesNotOverflow() {
    // Regression: every ط may take a restored byte, so the buffer needs room for one per letter.
    assertTrue(MojibakeRepair.repair("ططط").isEmpty());
    assertTrue(MojibakeRepair.repair("طططططططط").isEmpty());
  }

  @Test
  void leavesEnglishAlone() {
    assertTrue(MojibakeRepair.repair("Putin: Russia ready for dialogue").isEmpty());
  }
}
