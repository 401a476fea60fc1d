using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KeyedAccessDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Message",
                table: "PersonalDataAccesses",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Message",
                table: "PersonalDataAccesses");
        }
    }
}
