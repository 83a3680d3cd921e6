package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The model file: what is written is read back exactly, and a file this version cannot use is refused plainly. */
class ModelTest {
    private static Model small() {
        int bits = 8;
        int hidden = 4;
        Random random = new Random(1);
        float[] embeddings = new float[(1 << bits) * hidden];
        for (int i = 0; i < embeddings.length; i += 3) embeddings[i] = (float) random.nextGaussian();
        float[] outputWeights = new float[Model.LABELS * hidden];
        for (int i = 0; i < outputWeights.length; i++) outputWeights[i] = (float) random.nextGaussian();
        return new Model(bits, hidden, embeddings, new float[] {0.1f, -0.2f, 0.3f, 0f}, outputWeights, new float[] {-1, -2, -3, -4, -5});
    }

    @Test
    void a_written_model_reads_back_as_the_quantised_one_that_was_measured() throws IOException {
        Model model = small();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        Model read = Model.read(new ByteArrayInputStream(bytes.toByteArray()));

        Model quantised = model.quantised();
        for (int[] comment : List.of(new int[] {0, 3, 9}, new int[] {42}, new int[] {})) {
            assertThat(read.probabilities(comment)).containsExactly(quantised.probabilities(comment));
            assertThat(read.probabilities(comment)).containsExactly(model.probabilities(comment), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void a_model_of_another_version_is_refused_with_both_versions_named() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x4D48434C);
            out.writeInt(1);
        }
        assertThatThrownBy(() -> Model.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessage("model version 1, this Masthead reads 3");
    }
}
