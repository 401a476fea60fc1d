using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Core.Persistence.Migrations
{
    /// <inheritdoc />
    /// <summary>
    /// The text index: an FTS5 table with trigrams over folded text, whose rows are removed for good
    /// when rewritten (secure-delete: an anonymised name leaves no trace in the index), filled from the
    /// complaints already stored through desk_fold, the desk's one fold.
    /// </summary>
    public partial class QueueSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ComplaintSearch" USING fts5(
                    "Reference", "ProductOrService", "Description", "ComplainantName",
                    tokenize = 'trigram case_sensitive 1');
                """);
            migrationBuilder.Sql("""INSERT INTO "ComplaintSearch"("ComplaintSearch", rank) VALUES ('secure-delete', 1);""");
            migrationBuilder.Sql("""
                INSERT INTO "ComplaintSearch"(rowid, "Reference", "ProductOrService", "Description", "ComplainantName")
                SELECT c."Id", desk_fold(c."Reference"), desk_fold(c."ProductOrService"), desk_fold(c."Description"), desk_fold(p."Name")
                FROM "Complaints" AS c JOIN "Complainants" AS p ON p."ComplaintId" = c."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "ComplaintSearch";""");
        }
    }
}
