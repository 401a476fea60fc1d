using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.People;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Components.Account;

/// <summary>
/// A person changes their own password. A plain server-rendered form, because the new sign-in cookie
/// (without the must-change mark, with the new security stamp) can only be set on a real request.
/// </summary>
public sealed partial class PasswordPage
{
    public const string Path = "/account/password";

    private FormErrors _errors = FormErrors.None;
    private bool _mustChange;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private IOptions<IdentityOptions> Identity { get; set; } = default!;

    [Inject]
    private IPeopleDesk People { get; set; } = default!;

    [Inject]
    private DeskSignIn SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private PasswordInput? Input { get; set; }

    protected override void OnInitialized()
    {
        Input ??= new PasswordInput();
        _mustChange = HttpContext.User.HasClaim(DeskClaimsFactory.MustChangePasswordClaim, "true");
    }

    private async Task ChangeAsync()
    {
        if (Input!.NewPassword != Input.Confirmation)
        {
            _errors = new FormErrors(new Dictionary<string, string[]> { ["confirmation"] = [Text["Account.Password.NotTheSame"]] });
            return;
        }

        try
        {
            await People.ChangeOwnPasswordAsync(Input.CurrentPassword, Input.NewPassword, HttpContext.User.ToActor(), CancellationToken.None);
        }
        catch (DeskException refused)
        {
            _errors = FormErrors.From(Text, refused);
            return;
        }

        await SignIn.RenewCookieAsync(HttpContext.User);
        Navigation.NavigateTo("/?password=changed");
    }

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? Confirmation { get; set; }
    }
}
