using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TeamsSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TeamId",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Categories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TeamId",
                table: "Categories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TeamId",
                table: "Alerts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamMembers",
                columns: table => new
                {
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMembers", x => new { x.TeamId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TeamMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMembers_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TeamId_Status_ReceivedAt",
                table: "Complaints",
                columns: new[] { "TeamId", "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Categories_TeamId",
                table: "Categories",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_TeamId",
                table: "Alerts",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_UserId",
                table: "TeamMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Name",
                table: "Teams",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Alerts_Teams_TeamId",
                table: "Alerts",
                column: "TeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Categories_Teams_TeamId",
                table: "Categories",
                column: "TeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Complaints_Teams_TeamId",
                table: "Complaints",
                column: "TeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Alerts_Teams_TeamId",
                table: "Alerts");

            migrationBuilder.DropForeignKey(
                name: "FK_Categories_Teams_TeamId",
                table: "Categories");

            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_Teams_TeamId",
                table: "Complaints");

            migrationBuilder.DropTable(
                name: "TeamMembers");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_TeamId_Status_ReceivedAt",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Categories_TeamId",
                table: "Categories");

            migrationBuilder.DropIndex(
                name: "IX_Alerts_TeamId",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Alerts");
        }
    }
}
