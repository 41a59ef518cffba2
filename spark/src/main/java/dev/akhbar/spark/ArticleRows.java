package dev.akhbar.spark;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.date.NewsDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of an {@link Article} and the rows that hold one: the JSON shape the command
 * line writes.
 */
final class ArticleRows {
  private ArticleRows() {}

  static final StructType ORIGIN =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("lastLine", DataTypes.LongType, false),
            DataTypes.createStructField("offset", DataTypes.LongType, true)
          });

  static final StructType WARNING =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, true)
          });

  /**
   * A related article: every field of an article but {@code related} (related articles have none).
   */
  static final StructType RELATED = fields(null);

  /** An article. */
  static final StructType ARTICLE = fields(DataTypes.createArrayType(RELATED, false));

  private static StructType fields(DataType related) {
    DataType strings = DataTypes.createArrayType(DataTypes.StringType, false);
    StructType t =
        new StructType()
            .add("title", DataTypes.StringType, false)
            .add("published", DataTypes.StringType, true)
            .add("publishedRaw", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("keywords", strings, false)
            .add("dateline", DataTypes.StringType, true)
            .add("credit", DataTypes.StringType, true)
            .add("body", strings, false);
    if (related != null) {
      t = t.add("related", related, false);
    }
    return t.add("url", DataTypes.StringType, true)
        .add("author", DataTypes.StringType, true)
        .add(
            "attributes",
            DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
            false)
        .add("origin", ORIGIN, false)
        .add("warnings", DataTypes.createArrayType(WARNING, false), false);
  }

  /** The row of an article. */
  static Row row(Article a) {
    return row(a, true);
  }

  private static Row row(Article a, boolean withRelated) {
    Object[] v = new Object[withRelated ? 14 : 13];
    int i = 0;
    v[i++] = a.title();
    v[i++] = a.published().map(NewsDate::toIso).orElse(null);
    v[i++] = orNull(a.publishedRaw());
    v[i++] = orNull(a.source());
    v[i++] = a.keywords().toArray(new String[0]);
    v[i++] = orNull(a.dateline());
    v[i++] = orNull(a.credit());
    v[i++] = a.body().toArray(new String[0]);
    if (withRelated) {
      List<Article> related = a.related();
      Row[] rows = new Row[related.size()];
      for (int k = 0; k < rows.length; k++) {
        rows[k] = row(related.get(k), false);
      }
      v[i++] = rows;
    }
    v[i++] = orNull(a.url());
    v[i++] = orNull(a.author());
    v[i++] = scalaMap(a.attributes());
    long offset = a.origin().offset();
    v[i++] =
        RowFactory.create(
            a.origin().input(),
            a.origin().line(),
            a.origin().lastLine(),
            offset < 0 ? null : offset);
    List<ParseWarning> warnings = a.warnings();
    Row[] w = new Row[warnings.size()];
    for (int k = 0; k < w.length; k++) {
      ParseWarning pw = warnings.get(k);
      w[k] = RowFactory.create(pw.line(), pw.kind().name(), pw.message(), pw.text().orElse(null));
    }
    v[i] = w;
    return RowFactory.create(v);
  }

  private static String orNull(Optional<String> value) {
    return value.orElse(null);
  }

  /** Rows take Scala maps. */
  private static scala.collection.Map<String, String> scalaMap(Map<String, String> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(map);
  }
}
