using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DuplicatesAndMerging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MergedIntoId",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Complainants",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Complainants",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            // Complainants received before this migration are matched by the same keys ContactKeys writes: an e-mail in
            // lower case, a phone by its digits (the separators a phone number may hold taken out).
            migrationBuilder.Sql("""UPDATE "Complainants" SET "EmailKey" = lower(trim("Email")) WHERE "Email" IS NOT NULL;""");
            migrationBuilder.Sql("""
                UPDATE "Complainants"
                SET "PhoneKey" = NULLIF(replace(replace(replace(replace(replace(replace(replace("Phone", ' ', ''), '+', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), '')
                WHERE "Phone" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_MergedIntoId",
                table: "Complaints",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Complainants_EmailKey",
                table: "Complainants",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Complainants_PhoneKey",
                table: "Complainants",
                column: "PhoneKey");

            migrationBuilder.AddForeignKey(
                name: "FK_Complaints_Complaints_MergedIntoId",
                table: "Complaints",
                column: "MergedIntoId",
                principalTable: "Complaints",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_Complaints_MergedIntoId",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_MergedIntoId",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complainants_EmailKey",
                table: "Complainants");

            migrationBuilder.DropIndex(
                name: "IX_Complainants_PhoneKey",
                table: "Complainants");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Complainants");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Complainants");
        }
    }
}
