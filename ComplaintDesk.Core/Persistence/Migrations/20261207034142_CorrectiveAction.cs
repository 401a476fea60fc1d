using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CorrectiveAction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectiveAction",
                table: "Complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CorrectiveAction",
                table: "Complaints");
        }
    }
}
